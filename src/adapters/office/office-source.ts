import type { RawSheet, RawWorkbook } from '../../core/workbook/raw-workbook';
import { UnreadableWorkbookError, type WorkbookSource } from '../../core/workbook/workbook-source';
import { collectNames, withNames } from '../../core/workbook/workbook-names';
import { DEFAULT_CHUNK_SIZING, type ChunkSizing } from './chunk-sizing';
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
  /** At most this many cells are loaded in one request to Excel; default 60 000 (DEFAULT_MAX_CELLS_PER_REQUEST). */
  readonly maxCellsPerRequest?: number;
  /** The response one request is planned to stay under, in bytes; default 2 500 000 (RESPONSE_BUDGET_BYTES). */
  readonly responseBudgetBytes?: number;
}

/**
 * The WorkbookSource for the workbook open in Excel, read through Office.js inside one
 * `excel.run`: every sheet in tab order, its used range in chunks of rows, one `context.sync()`
 * per chunk, and the defined names and Excel tables (see queueNames; one more sync when there
 * are any). Excel on the web refuses a response over 5 MB, so each chunk is sized from what the
 * chunk before it measured to stay under `responseBudgetBytes` (see chunk-sizing.ts and
 * docs/office-reading.md), and is at most `maxCellsPerRequest` cells (but at least one row); a
 * chunk that Excel refuses all the same is read again in halves (readSheetRows). It delivers
 * what the exceljs adapter delivers for the same workbook saved as a file (see toCellValue and
 * readSheetRows). When Excel fails, the read rejects with an UnreadableWorkbookError whose
 * message is one Norwegian sentence; Excel's own error is kept as its `cause`.
 *
 * Needs ExcelApi 1.13 (Range.getMergedAreasOrNullObject); see excel-api.ts.
 */
export function officeWorkbookSource(excel: ExcelApi, options: OfficeSourceOptions = {}): WorkbookSource {
  const maxCells = options.maxCellsPerRequest ?? DEFAULT_CHUNK_SIZING.maxCells;
  if (!Number.isInteger(maxCells) || maxCells < 1) {
    throw new RangeError(`maxCellsPerRequest must be a positive whole number, not ${maxCells}`);
  }
  const budgetBytes = options.responseBudgetBytes ?? DEFAULT_CHUNK_SIZING.budgetBytes;
  if (!Number.isFinite(budgetBytes) || budgetBytes <= 0) {
    throw new RangeError(`responseBudgetBytes must be a positive number, not ${budgetBytes}`);
  }
  const sizing: ChunkSizing = { ...DEFAULT_CHUNK_SIZING, maxCells, budgetBytes };
  return {
    read: async () => {
      try {
        return await excel.run((context) => readWorkbook(context, sizing, options.onProgress));
      } catch (error) {
        throw new UnreadableWorkbookError(unreadableMessage(error), { cause: error });
      }
    },
  };
}

async function readWorkbook(context: ExcelContext, sizing: ChunkSizing, onProgress: OfficeSourceOptions['onProgress']): Promise<RawWorkbook> {
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
    const rows = box === undefined ? [] : await readSheetRows(context, worksheet, box, sizing, (rowsRead) => {
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
