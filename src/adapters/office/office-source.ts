import type { RawSheet, RawWorkbook } from '../../core/workbook/raw-workbook';
import { UnreadableWorkbookError, type WorkbookSource } from '../../core/workbook/workbook-source';
import { collectNames, withNames } from '../../core/workbook/workbook-names';
import type { ExcelApi, ExcelContext, ExcelWorksheet } from './excel-api';
import { queueNames } from './read-names';
import { readSheetRows, type UsedBox } from './read-sheet-rows';

export interface ReadProgress {
  readonly sheet: string;
  /** Rows of the sheet's used range read so far. */
  readonly rowsRead: number;
  readonly rowsTotal: number;
}

export interface OfficeSourceOptions {
  /** Called after each chunk of rows. */
  readonly onProgress?: (progress: ReadProgress) => void;
  /** At most this many cells are loaded in one request to Excel; default 20 000. */
  readonly maxCellsPerRequest?: number;
}

/**
 * Cells per request. Excel on the web refuses a request or response over 5 MB. Each cell is
 * loaded with four properties (values, valueTypes, numberFormat, formulas); as JSON that is
 * about 60–100 bytes for a cell of an accounting sheet (a number or a short text, "Double",
 * "General" or "#,##0.00", and the formula or the value again). 20 000 cells are then 1.2–2 MB,
 * and the limit is reached only if the cells average more than 250 bytes, that is, long texts
 * in most cells. Should a request still fail, its rows are read again in two halves (see
 * readSheetRows), so a sheet of long texts is slower but not unreadable.
 */
export const DEFAULT_MAX_CELLS_PER_REQUEST = 20_000;

/**
 * The WorkbookSource for the workbook open in Excel, read through Office.js inside one
 * `excel.run`: every sheet in tab order, its used range in chunks of rows, one `context.sync()`
 * per chunk, each chunk at most `maxCellsPerRequest` cells (but at least one row), and the
 * defined names and Excel tables (see queueNames; one more sync when there are any). It delivers
 * what the exceljs adapter delivers for the same workbook saved as a file (see toCellValue and
 * readSheetRows). When Excel fails, the read rejects with an UnreadableWorkbookError whose
 * message is one Norwegian sentence; Excel's own error is kept as its `cause`.
 *
 * Needs ExcelApi 1.13 (Range.getMergedAreasOrNullObject); see excel-api.ts.
 */
export function officeWorkbookSource(excel: ExcelApi, options: OfficeSourceOptions = {}): WorkbookSource {
  const maxCells = options.maxCellsPerRequest ?? DEFAULT_MAX_CELLS_PER_REQUEST;
  if (!Number.isInteger(maxCells) || maxCells < 1) {
    throw new RangeError(`maxCellsPerRequest must be a positive whole number, not ${maxCells}`);
  }
  return {
    read: async () => {
      try {
        return await excel.run((context) => readWorkbook(context, maxCells, options.onProgress));
      } catch (error) {
        throw new UnreadableWorkbookError(unreadableMessage(error), { cause: error });
      }
    },
  };
}

async function readWorkbook(context: ExcelContext, maxCells: number, onProgress: OfficeSourceOptions['onProgress']): Promise<RawWorkbook> {
  const worksheets = context.workbook.worksheets;
  worksheets.load(['items/name', 'items/visibility']);
  await context.sync();

  // The used ranges of all sheets in one round trip. valuesOnly: formatting alone does not
  // make a cell used, so a sheet formatted down to row 1 048 576 is not read that far.
  const usedRanges = worksheets.items.map((worksheet) => {
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
    return used;
  });
  // The defined names and tables are asked for in the same round trip.
  const readNames = queueNames(context, worksheets.items);
  await context.sync();

  const sheets: RawSheet[] = [];
  for (const [i, worksheet] of worksheets.items.entries()) {
    const used = usedRanges[i];
    const box: UsedBox | undefined = used === undefined || used.isNullObject
      ? undefined
      : { row: used.rowIndex, column: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount };
    const name = worksheet.name;
    const rows = box === undefined ? [] : await readSheetRows(context, worksheet, box, maxCells, (rowsRead) => {
      onProgress?.({ sheet: name, rowsRead, rowsTotal: box.rowCount });
    });
    sheets.push({ name, hidden: isHidden(worksheet), rows });
  }
  return withNames(sheets, collectNames(await readNames(), sheets));
}

function isHidden(worksheet: ExcelWorksheet): boolean {
  return worksheet.visibility === 'Hidden' || worksheet.visibility === 'VeryHidden';
}

function unreadableMessage(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  if (code === 'ApiNotFound') {
    return 'Denne versjonen av Excel mangler funksjoner som tillegget trenger (ExcelApi 1.13); bruk en nyere Excel, for eksempel Excel for Microsoft 365 eller Excel på nettet.';
  }
  return `Excel kunne ikke lese arbeidsboken${code === undefined ? '' : ` (feilkode ${code})`}; avslutt eventuell redigering i en celle (trykk Enter eller Esc), lukk åpne dialogbokser og prøv igjen.`;
}
