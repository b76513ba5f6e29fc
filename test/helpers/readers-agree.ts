import { readFileSync } from 'fs';
import { exceljsBufferSource } from '../../src/adapters/exceljs/exceljs-source';
import { analyseSource, type Analysis } from '../../src/core/pipeline';

/** What a reading path makes of a workbook: the analysis as JSON, or the message it was refused with. */
export type Outcome = { readonly analysis: string } | { readonly refused: string };

const json = (analysis: Analysis): string =>
  JSON.stringify({ findings: analysis.findings, model: analysis.model, figures: analysis.figures, ok: analysis.ok },
    (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value));

/** Reads the workbook's bytes once through exceljs alone and once with the ledger streamed. */
export async function bothReadings(bytes: Uint8Array, name = 'arbeidsbok.xlsx'): Promise<{ simple: Outcome; streamed: Outcome }> {
  const outcome = async (streamFrom: number): Promise<Outcome> => {
    try {
      return { analysis: json(await analyseSource(exceljsBufferSource(bytes, name, { streamFrom }))) };
    } catch (error) {
      return { refused: error instanceof Error ? error.message : String(error) };
    }
  };
  return { simple: await outcome(Infinity), streamed: await outcome(0) };
}

/** The fast path (ledger streamed) finds and computes exactly what the simple path does. */
export async function expectReadersAgree(path: string): Promise<void> {
  const { simple, streamed } = await bothReadings(readFileSync(path), path);
  expect(streamed).toEqual(simple);
}
