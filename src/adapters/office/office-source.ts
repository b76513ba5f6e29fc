import type { RawSheet, RawWorkbook } from '../../core/workbook/raw-workbook';
import type { WorkbookSource } from '../../core/workbook/workbook-source';
import { collectNames, withNames } from '../../core/workbook/workbook-names';
import { REGNSKAP, normalizeName } from '../../core/read/sheet-specs';
import { DEFAULT_CHUNK_SIZING, type ChunkSizing } from './chunk-sizing';
import type { ExcelApi, ExcelContext, ExcelWorksheet } from './excel-api';
import { queueNames } from './read-names';
import { readSheetRows } from './read-sheet-rows';
import { streamedLedger } from './streamed-ledger';
import { unreadable } from './unreadable-message';
import type { UsedBox } from './used-box';

export interface ReadProgress {
  readonly sheet: string;
  /** Rows of the sheet's used range read so far. */
  readonly rowsRead: number;
  readonly rowsTotal: number;
}

export interface OfficeSourceOptions {
  /** Called after each chunk of rows, also of a streamed ledger (while the core reads it). */
  readonly onProgress?: (progress: ReadProgress) => void;
  /** At most this many cells are loaded in one request to Excel; default 60 000 (DEFAULT_MAX_CELLS_PER_REQUEST). */
  readonly maxCellsPerRequest?: number;
  /** The response one request is planned to stay under, in bytes; default 2 500 000 (RESPONSE_BUDGET_BYTES). */
  readonly responseBudgetBytes?: number;
  /**
   * Stream the ledger sheet (deliver its rows through RawSheet.stream, never all at once) when
   * its used range has at least this many cells; default STREAM_LEDGER_FROM_CELLS. 0 streams
   * every ledger, Infinity none.
   */
  readonly streamLedgerFromCells?: number;
}

/**
 * A ledger sheet whose used range has at least this many cells is streamed: about 25 000 rows
 * of the contract's eight columns (some 8 MB of cells held, were it read whole). Smaller
 * ledgers are read with the other sheets and held.
 */
export const STREAM_LEDGER_FROM_CELLS = 200_000;

/**
 * The WorkbookSource for the workbook open in Excel, read through Office.js inside one
 * `excel.run`: every sheet in tab order, its used range in chunks of rows, one `context.sync()`
 * per chunk, and the defined names and Excel tables (see queueNames; one more sync when there
 * are any). Excel on the web refuses a response over 5 MB, so each chunk is sized from what the
 * chunk before it measured to stay under `responseBudgetBytes` (see chunk-sizing.ts and
 * docs/office-reading.md), and is at most `maxCellsPerRequest` cells (but at least one row); a
 * chunk that Excel refuses all the same is read again in halves (readSheetBands). It delivers
 * what the exceljs adapter delivers for the same workbook saved as a file (see toCellValue and
 * readSheetBands).
 *
 * The ledger sheet (the first sheet named as REGNSKAP says, as the core finds it) is not read
 * in that run when its used range has at least `streamLedgerFromCells` cells: it is delivered
 * with no rows and a `stream` (streamedLedger), which reads it in a run of its own, in the same
 * chunks, when the core asks, handing on each chunk's rows as it arrives.
 *
 * When Excel fails, the read (or the stream) rejects with an UnreadableWorkbookError whose
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
  const streamFrom = options.streamLedgerFromCells ?? STREAM_LEDGER_FROM_CELLS;
  if (Number.isNaN(streamFrom) || streamFrom < 0) {
    throw new RangeError(`streamLedgerFromCells must be a number of cells, not ${streamFrom}`);
  }
  const sizing: ChunkSizing = { ...DEFAULT_CHUNK_SIZING, maxCells, budgetBytes };
  const onProgress = options.onProgress;
  const progressOf = (sheet: string, box: UsedBox) => (rowsRead: number) => onProgress?.({ sheet, rowsRead, rowsTotal: box.rowCount });
  const plan: ReadPlan = {
    sizing,
    progressOf,
    streamed: (worksheet, box) => (box.rowCount * box.columnCount < streamFrom ? undefined : streamedLedger(excel, {
      name: worksheet.name,
      hidden: isHidden(worksheet),
      box,
      sizing,
      onRows: progressOf(worksheet.name, box),
    })),
  };
  return {
    read: async () => {
      try {
        return await excel.run((context) => readWorkbook(context, plan));
      } catch (error) {
        throw unreadable(error);
      }
    },
  };
}

interface ReadPlan {
  readonly sizing: ChunkSizing;
  readonly progressOf: (sheet: string, box: UsedBox) => (rowsRead: number) => void;
  /** The ledger sheet as a streamed sheet, or undefined when it is read with the others. */
  readonly streamed: (worksheet: ExcelWorksheet, box: UsedBox) => RawSheet | undefined;
}

async function readWorkbook(context: ExcelContext, plan: ReadPlan): Promise<RawWorkbook> {
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

  const ledgerNames = new Set(REGNSKAP.names.map(normalizeName));
  const ledger = worksheets.items.find((worksheet) => ledgerNames.has(normalizeName(worksheet.name)));
  const sheets: RawSheet[] = [];
  for (const [i, worksheet] of worksheets.items.entries()) {
    const used = usedRanges[i];
    const box: UsedBox | undefined = used === undefined || used.isNullObject
      ? undefined
      : { row: used.rowIndex, column: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount };
    const name = worksheet.name;
    const streamed = box !== undefined && worksheet === ledger ? plan.streamed(worksheet, box) : undefined;
    if (streamed !== undefined) {
      sheets.push(streamed);
      continue;
    }
    const rows = box === undefined ? [] : await readSheetRows(context, worksheet, box, plan.sizing, plan.progressOf(name, box));
    sheets.push({ name, hidden: isHidden(worksheet), rows });
  }
  return withNames(sheets, collectNames(await readNames(), sheets));
}

function isHidden(worksheet: ExcelWorksheet): boolean {
  return worksheet.visibility === 'Hidden' || worksheet.visibility === 'VeryHidden';
}
