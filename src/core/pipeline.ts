import { computeFigures, type Figures } from './calc/compute-figures';
import { ALL_CHECKS } from './checks/all-checks';
import { hasErrors, type Finding } from './findings/finding';
import { sortFindings } from './findings/sort-findings';
import { buildModel } from './model/build-model';
import type { Model } from './model/model';
import { parseSettings } from './model/settings';
import { readBook, readStreamedTables, type Tables } from './read/book';
import type { RawWorkbook } from './workbook/raw-workbook';
import type { WorkbookSource } from './workbook/workbook-source';

export interface Analysis {
  /** The workbook as read, for the parts of the report that show other sheets as they are. */
  readonly raw: RawWorkbook;
  /** Every finding of every check, in reading order. */
  readonly findings: readonly Finding[];
  readonly model: Model;
  /** The figures; complete and trustworthy only when `ok`. */
  readonly figures: Figures;
  /** No errors: the report may be made. */
  readonly ok: boolean;
}

/**
 * The one pipeline both faces call: read, check, compute. It never throws on user data.
 * `streamed`: the tables of streamed sheets, already read (see analyseSource).
 */
export function analyseWorkbook(raw: RawWorkbook, streamed: Tables = {}): Analysis {
  const book = readBook(raw, streamed);
  const { settings, problems } = parseSettings(book.settingsSheet);
  const model = buildModel(book, settings);
  const figures = computeFigures(model);
  const context = { book, model, figures, settingProblems: problems };
  const findings = sortFindings(ALL_CHECKS.flatMap((check) => check.run(context)), raw.sheets.map((s) => s.name));
  return { raw, findings, model, figures, ok: !hasErrors(findings) };
}

/** Reads the workbook from its adapter, streamed sheets as they arrive, and analyses it. */
export async function analyseSource(source: WorkbookSource): Promise<Analysis> {
  const raw = await source.read();
  return analyseWorkbook(raw, await readStreamedTables(raw));
}
