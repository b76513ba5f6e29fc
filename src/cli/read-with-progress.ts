import { exceljsFileSource } from '../adapters/exceljs/exceljs-source';
import { analyseSource, type Analysis } from '../core/pipeline';
import type { Progress } from './progress';

/** Reads and analyses the workbook, telling `progress` the phase and the rows of a streamed ledger. */
export async function readWithProgress(workbook: string, progress: Progress): Promise<Analysis> {
  progress.phase('Leser arbeidsboken');
  const source = exceljsFileSource(workbook, { onRows: (sheet, rows) => progress.rows(sheet, rows) });
  try {
    return await analyseSource(source);
  } catch (error) {
    progress.done();
    throw error;
  }
}
