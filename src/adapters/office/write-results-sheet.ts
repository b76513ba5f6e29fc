import type { ExcelApi } from './excel-api';

/**
 * The number format of amounts. Office.js takes format codes in their invariant (en-US) form,
 * where "," is the thousands separator; Excel then shows it in the user's locale, with a space
 * in Norwegian: "1 916 609". "# ##0" would not do: in a format code a space is a literal
 * character, so 1916609 would show as "1916 609".
 */
export const AMOUNT_FORMAT = '#,##0';
/** Text format: what is written into such a cell stays text, never a formula or a number. */
export const TEXT_FORMAT = '@';
const GENERAL_FORMAT = 'General';
const MAX_SHEET_NAME_LENGTH = 31;

/**
 * Writes `rows` to a NEW sheet and returns the name it got: `name`, or "name (2)", "name (3)" …
 * when that is taken (Excel compares sheet names without regard to case). No existing sheet is
 * changed or deleted. The new sheet is activated, so that the user sees what was written.
 *
 * Every text cell gets the text format "@" BEFORE its value is written, in the same request:
 * Excel takes a string written through Range.values that starts with "=", "+" or "-", or that
 * looks like a number or a date, as a formula, a number or a date; in a text cell it stays as
 * it was written ("=SUM(A1)", "+47", "-5 kr", "1000"). Numbers are written as numbers with
 * AMOUNT_FORMAT. The first row is bold and the columns are fitted to their content.
 */
export async function writeResultsSheet(excel: ExcelApi, name: string, rows: readonly (readonly (string | number)[])[]): Promise<string> {
  const base = validSheetName(name);
  return excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load(['items/name']);
    await context.sync();

    const sheetName = freeSheetName(base, worksheets.items.map((sheet) => sheet.name));
    const sheet = worksheets.add(sheetName);
    const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
    if (rows.length > 0 && width > 0) {
      const range = sheet.getRangeByIndexes(0, 0, rows.length, width);
      range.numberFormat = rows.map((row) => padded(row, width).map(formatOf));
      range.values = rows.map((row) => padded(row, width).map(valueOf));
      sheet.getRangeByIndexes(0, 0, 1, width).format.font.bold = true;
      range.format.autofitColumns();
    }
    sheet.activate();
    await context.sync();
    return sheetName;
  });
}

function padded(row: readonly (string | number)[], width: number): (string | number | undefined)[] {
  return Array.from({ length: width }, (_, i) => row[i]);
}

function isAmount(cell: string | number | undefined): cell is number {
  return typeof cell === 'number' && Number.isFinite(cell);
}

function formatOf(cell: string | number | undefined): string {
  if (cell === undefined) return GENERAL_FORMAT;
  return isAmount(cell) ? AMOUNT_FORMAT : TEXT_FORMAT;
}

function valueOf(cell: string | number | undefined): string | number {
  if (cell === undefined) return '';
  return isAmount(cell) ? cell : String(cell);
}

/** Excel refuses : \ / ? * [ ] in a sheet name, an apostrophe at either end, and more than 31 characters. */
function validSheetName(name: string): string {
  const clean = name.replace(/[:\\/?*[\]]/g, '-').replace(/^'+|'+$/g, '').trim().slice(0, MAX_SHEET_NAME_LENGTH);
  if (clean === '') throw new RangeError(`not a usable sheet name: "${name}"`);
  return clean;
}

/** `base`, or "base (2)", "base (3)" … : the first that no sheet has, shortened to fit 31 characters. */
export function freeSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((sheetName) => sheetName.toUpperCase()));
  if (!taken.has(base.toUpperCase())) return base;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(candidate.toUpperCase())) return candidate;
  }
}
