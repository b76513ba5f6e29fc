import type { RawSheet, RawWorkbook } from '../workbook/raw-workbook';
import { normalizeName } from './sheet-specs';

/** The first sheet whose name matches one of `names` (case-insensitive, spaces trimmed). */
export function findSheet(workbook: RawWorkbook, names: readonly string[]): RawSheet | undefined {
  const wanted = new Set(names.map(normalizeName));
  return workbook.sheets.find((sheet) => wanted.has(normalizeName(sheet.name)));
}
