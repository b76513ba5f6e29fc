/**
 * Node only (tests and scripts): an .xlsx file read with exceljs into a DoubleWorkbook, the way
 * Excel would present the same workbook through Office.js once it has opened it:
 * - a formula cell holds its cached result as its value, and its `formula` ("=C2*2");
 * - an error value, also as a formula's result, is type 'Error' with its code ("#DIV/0!");
 * - a date is the serial number of Excel's 1900 date system, with the cell's number format;
 * - rich text and a hyperlink's text are plain strings; booleans are booleans;
 * - only the top-left cell of a merged area holds a value; the areas come from
 *   `worksheet.model.merges`; hidden rows and the sheet's state are kept;
 * - defined names become workbook-scoped names (exceljs does not keep a name's scope), with
 *   their ranges as the formula ("=Feide!$A$1:$B$7"; several ranges joined with ","), and
 *   Excel tables keep their name and whole range (see src/adapters/exceljs/read-names.ts).
 * A formula the file holds no result for (exceljs writes such files) is calculated by Excel
 * when it opens the file, which this cannot do: pass `calculated` to say what Excel would
 * give, or the conversion fails naming the cell.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { patchFormulaTextResults } from '../../src/adapters/exceljs/patch-formula-text-results';
import { readNames } from '../../src/adapters/exceljs/read-names';
import type { DoubleCell, DoubleName, DoubleSheet, DoubleTable, DoubleWorkbook } from './excel-double';

export interface DoubleFromXlsxOptions {
  /** What Excel would calculate for a formula without a cached result ("Ark!F10", "=C2+C3"). */
  readonly calculated?: (sheet: string, address: string, formula: string) => DoubleCell;
}

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

export async function doubleFromXlsx(path: string, options: DoubleFromXlsxOptions = {}): Promise<DoubleWorkbook> {
  return doubleFromXlsxBytes(await readFile(path), options);
}

export async function doubleFromXlsxBytes(data: Uint8Array, options: DoubleFromXlsxOptions = {}): Promise<DoubleWorkbook> {
  // The same reading of formula text results as the exceljs adapter (an empty text result stays "").
  patchFormulaTextResults();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(data.buffer, data.byteOffset, data.byteLength) as unknown as ArrayBuffer);
  if (workbook.properties.date1904) throw new Error('the workbook uses the 1904 date system, which the Office.js adapter does not read');
  const found = readNames(workbook);
  const names: DoubleName[] = found.filter((n) => n.kind === 'name').map((n) => ({ name: n.name, formula: `=${n.reference}` }));
  const tablesOf = (sheet: string): DoubleTable[] => found
    .filter((n) => n.kind === 'table' && n.reference.startsWith(`'${sheet.replace(/'/g, "''")}'!`))
    .map((n) => ({ name: n.name, range: n.reference.slice(n.reference.lastIndexOf('!') + 1) }));
  const sheets = workbook.worksheets.map((worksheet) => {
    const sheet = doubleSheet(worksheet, options);
    const tables = tablesOf(worksheet.name);
    return tables.length === 0 ? sheet : { ...sheet, tables };
  });
  return names.length === 0 ? { sheets } : { sheets, names };
}

function doubleSheet(worksheet: ExcelJS.Worksheet, options: DoubleFromXlsxOptions): DoubleSheet {
  const rows: DoubleCell[][] = [];
  const hiddenRows: number[] = [];
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.hidden) hiddenRows.push(rowNumber);
    const cells: DoubleCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const value = doubleCell(cell, worksheet.name, options);
      if (value === null) return;
      while (cells.length < column - 1) cells.push(null);
      cells[column - 1] = value;
    });
    if (cells.length === 0) return;
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = cells;
  });
  const merged = mergesOf(worksheet);
  return {
    name: worksheet.name,
    ...(worksheet.state === 'visible' || worksheet.state === undefined ? {} : { visibility: worksheet.state === 'hidden' ? 'Hidden' : 'VeryHidden' }),
    rows,
    ...(merged.length === 0 ? {} : { merged }),
    ...(hiddenRows.length === 0 ? {} : { hiddenRows }),
  };
}

function mergesOf(worksheet: ExcelJS.Worksheet): string[] {
  const merges: unknown = (worksheet.model as { merges?: unknown }).merges;
  return Array.isArray(merges) ? merges.filter((m): m is string => typeof m === 'string') : [];
}

function doubleCell(cell: ExcelJS.Cell, sheet: string, options: DoubleFromXlsxOptions): DoubleCell {
  // Excel gives the value of a merge in its top-left cell only; exceljs repeats it in every cell.
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  const numberFormat = typeof cell.numFmt === 'string' && cell.numFmt !== 'General' ? cell.numFmt : undefined;
  if (cell.type === ExcelJS.ValueType.Formula) {
    const formula = `=${cell.formula}`;
    const result: unknown = cell.result;
    if (result === undefined || result === null) {
      if (options.calculated === undefined) {
        throw new Error(`${sheet}!${cell.address}: ${formula} has no cached result in the file; Excel would calculate it, so say what it gives (options.calculated)`);
      }
      return options.calculated(sheet, cell.address, formula);
    }
    // A formula whose result is the empty text is not empty in Excel: it holds a formula.
    const value = constantCell(result, numberFormat) ?? { value: '', type: 'String' };
    return { ...value, formula };
  }
  return constantCell(cell.value, numberFormat);
}

function constantCell(value: unknown, numberFormat: string | undefined): DoubleCell {
  const format = numberFormat === undefined ? {} : { numberFormat };
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return { value, type: 'Double', ...format };
  if (typeof value === 'string') return { value, type: 'String', ...format };
  if (typeof value === 'boolean') return { value, type: 'Boolean', ...format };
  if (value instanceof Date) {
    const time = value.getTime();
    // exceljs makes an invalid Date of a serial far outside the calendar; Excel shows "#####".
    if (Number.isNaN(time)) return { value: '#####', type: 'Error', ...format };
    return { value: time / MS_PER_DAY + UNIX_EPOCH_SERIAL, type: 'Double', ...format };
  }
  if (typeof value === 'object') {
    if ('error' in value && typeof value.error === 'string') return { value: value.error, type: 'Error', ...format };
    if ('richText' in value && Array.isArray(value.richText)) {
      const text = value.richText.map((run: unknown) => (typeof run === 'object' && run !== null && 'text' in run && typeof run.text === 'string' ? run.text : '')).join('');
      return text === '' ? null : { value: text, type: 'String', ...format };
    }
    if ('hyperlink' in value && 'text' in value) return constantCell(value.text, numberFormat);
  }
  return { value: '#VALUE!', type: 'Error', ...format };
}

/**
 * A DoubleWorkbook as JSON for a fixture file: one line per row, so that a change to the
 * workbook shows as a readable diff; the same input gives the same bytes.
 */
export function doubleWorkbookJson(workbook: DoubleWorkbook): string {
  const sheets = workbook.sheets.map((sheet) => {
    const { rows, ...rest } = sheet;
    const head = JSON.stringify(rest).slice(0, -1);
    const body = rows.map((row) => `    ${JSON.stringify(row)}`).join(',\n');
    return `  ${head},"rows":[\n${body}\n  ]}`;
  });
  const names = workbook.names === undefined ? '' : `,\n"names":${JSON.stringify(workbook.names)}`;
  return `{"sheets":[\n${sheets.join(',\n')}\n]${names}}\n`;
}
