import type { RawRow } from '../../core/workbook/raw-workbook';
import { firstChunkRows, jsonByteBound, nextChunkRows, type ChunkSizing } from './chunk-sizing';
import type { ExcelContext, ExcelRange, ExcelRangeAreas, ExcelWorksheet, RangeAreasLoadPath } from './excel-api';
import { bandMerges } from './band-merges';
import { put, toRawRows, type CellGrid } from './cell-grid';
import { toCellValue } from './to-cell-value';
import type { UsedBox } from './used-box';

/** Where readSheetBands hands what it has read. */
export interface BandSink {
  /** The rows of a band just read that hold something, in row order; never empty. */
  rows(batch: readonly RawRow[]): void;
  /** The number of rows of the used range read so far, after each band. */
  progress(rowsRead: number): void;
}

const AREA_BOXES: RangeAreasLoadPath[] = ['areas/items/rowIndex', 'areas/items/columnIndex', 'areas/items/rowCount', 'areas/items/columnCount'];
const AREA_ROWS: RangeAreasLoadPath[] = ['areas/items/rowIndex', 'areas/items/rowCount'];

/**
 * The rows of one sheet's used range (`box`) that hold something, as the exceljs adapter gives
 * them: in row order, each with its cells in column order and whether the row is hidden. They
 * are handed to `sink.rows` band by band, as each band is read; nothing of a band is kept once
 * it is handed on (but the merges that reach into the bands below, see bandMerges).
 *
 * The range is read in bands of whole rows, one `context.sync()` per band; `sink.progress` is
 * told the number of rows read after each. The first band is `sizing.firstCells` cells; every
 * band after it is sized from what the band before it measured (nextChunkRows): each row's four
 * properties are weighed as JSON (jsonByteBound), and the next band gets as many rows as the
 * response budget holds at that weight, within `sizing.maxCells`. In the same round trip as its
 * cells, a band asks for
 * - its merged areas (Range.getMergedAreasOrNullObject, ExcelApi 1.13), whole, also where they
 *   reach beyond the band; the cells of a merge become `merged` as bandMerges says, also where
 *   they lie outside the used range. A merge that reaches below the used range gives rows
 *   after the last band, handed on last, with one more round trip to learn whether they are
 *   hidden.
 * - which of its rows are visible: the visible cells (getSpecialCellsOrNullObject('Visible'),
 *   ExcelApi 1.9) of its entire rows, A:XFD, so that hidden columns cannot make a shown row
 *   look hidden; a row without visible cells is hidden. (Range.rowHidden, the alternative,
 *   would need one proxy object per row.)
 * A band whose request Excel refuses (more than 5 MB, more than 512 merged areas) is read again
 * as two halves (and those in halves, as need be), each handed on as it is read; the band after
 * it is sized from what the pieces measured and is no larger than the largest piece that
 * passed. A single row that still fails fails the read.
 */
export async function readSheetBands(
  context: ExcelContext,
  worksheet: ExcelWorksheet,
  box: UsedBox,
  sizing: ChunkSizing,
  sink: BandSink,
): Promise<void> {
  const end = box.row + box.rowCount;
  const merges = bandMerges(end);
  let rowsRead = 0;

  /**
   * Reads rows start … start + height − 1; gives the estimated response bytes of each, and the
   * most rows one request passed with (less than height when Excel refused the band).
   */
  const readBand = async (start: number, height: number): Promise<{ rowBytes: number[]; largestPiece: number }> => {
    const range = worksheet.getRangeByIndexes(start, box.column, height, box.columnCount);
    range.load(['values', 'valueTypes', 'numberFormat', 'formulas']);
    const merged = range.getMergedAreasOrNullObject();
    merged.load(AREA_BOXES);
    const visible = visibleCellsOfRows(worksheet, start, height);
    try {
      await context.sync();
    } catch (error) {
      if (height === 1) throw error;
      const half = Math.ceil(height / 2);
      const first = await readBand(start, half);
      const second = await readBand(start + half, height - half);
      return { rowBytes: [...first.rowBytes, ...second.rowBytes], largestPiece: Math.max(first.largestPiece, second.largestPiece) };
    }
    const cells = bandCells(range, start, box, height);
    merges.markBand(start, height, areaBoxes(merged), cells);
    const hiddenRows = new Set<number>();
    markHidden(hiddenRows, start, height, visible);
    const rows = toRawRows(cells, hiddenRows);
    if (rows.length > 0) sink.rows(rows);
    rowsRead += height;
    sink.progress(rowsRead);
    return { rowBytes: rowBytes(range, height), largestPiece: height };
  };

  let height = firstChunkRows(box.columnCount, sizing);
  for (let start = box.row; start < end;) {
    const band = await readBand(start, Math.min(height, end - start));
    start += band.rowBytes.length;
    height = nextChunkRows(band.rowBytes, box.columnCount, sizing, band.largestPiece);
  }

  if (merges.below.size === 0) return;
  const hiddenBelow = new Set<number>();
  await readHiddenRows(context, worksheet, [...merges.below.keys()], hiddenBelow);
  sink.rows(toRawRows(merges.below, hiddenBelow));
}

/**
 * All the rows of one sheet's used range that hold something, read as readSheetBands reads
 * them and collected: for a sheet that is held whole.
 */
export async function readSheetRows(
  context: ExcelContext,
  worksheet: ExcelWorksheet,
  box: UsedBox,
  sizing: ChunkSizing,
  onBand: (rowsRead: number) => void,
): Promise<RawRow[]> {
  const rows: RawRow[] = [];
  await readSheetBands(context, worksheet, box, sizing, {
    rows: (batch) => {
      for (const row of batch) rows.push(row);
    },
    progress: onBand,
  });
  return rows;
}

/** The cells of a loaded band that hold something (see toCellValue). */
function bandCells(range: ExcelRange, start: number, box: UsedBox, height: number): CellGrid {
  const cells: CellGrid = new Map();
  const { values, valueTypes, numberFormat, formulas } = range;
  for (let r = 0; r < height; r += 1) {
    for (let c = 0; c < box.columnCount; c += 1) {
      const value = toCellValue({
        valueType: valueTypes[r]?.[c] ?? 'Empty',
        value: values[r]?.[c],
        numberFormat: numberFormat[r]?.[c],
        formula: formulas[r]?.[c],
      });
      if (value !== undefined) put(cells, start + r, box.column + c, value);
    }
  }
  return cells;
}

/**
 * The estimated response bytes of each row of a loaded band: its values, valueTypes,
 * numberFormat and formulas as JSON, with the comma that separates it from the next row.
 */
function rowBytes(range: ExcelRange, height: number): number[] {
  const { values, valueTypes, numberFormat, formulas } = range;
  const bytes: number[] = [];
  for (let r = 0; r < height; r += 1) {
    bytes.push(jsonByteBound(values[r]) + jsonByteBound(valueTypes[r]) + jsonByteBound(numberFormat[r]) + jsonByteBound(formulas[r]) + 4);
  }
  return bytes;
}

function visibleCellsOfRows(worksheet: ExcelWorksheet, start: number, height: number): ExcelRangeAreas {
  const visible = worksheet.getRangeByIndexes(start, 0, height, 1).getEntireRow().getSpecialCellsOrNullObject('Visible');
  visible.load(AREA_ROWS);
  return visible;
}

function areaBoxes(areas: ExcelRangeAreas): UsedBox[] {
  if (areas.isNullObject) return [];
  return areas.areas.items.map((area) => ({ row: area.rowIndex, column: area.columnIndex, rowCount: area.rowCount, columnCount: area.columnCount }));
}

/** Marks the rows start … start + height − 1 that have no visible cell as hidden. */
function markHidden(hiddenRows: Set<number>, start: number, height: number, visible: ExcelRangeAreas): void {
  const shown = new Set<number>();
  if (!visible.isNullObject) {
    for (const area of visible.areas.items) {
      for (let row = area.rowIndex; row < area.rowIndex + area.rowCount; row += 1) shown.add(row);
    }
  }
  for (let row = start; row < start + height; row += 1) if (!shown.has(row)) hiddenRows.add(row);
}

/**
 * Whether rows outside the used range (reached by a merge, such as a note merged over several
 * rows) are hidden, asked in one round trip.
 */
async function readHiddenRows(context: ExcelContext, worksheet: ExcelWorksheet, rows: number[], hiddenRows: Set<number>): Promise<void> {
  const runs = consecutiveRuns(rows).map((run) => ({ ...run, visible: visibleCellsOfRows(worksheet, run.start, run.height) }));
  await context.sync();
  for (const run of runs) markHidden(hiddenRows, run.start, run.height, run.visible);
}

function consecutiveRuns(rows: number[]): { start: number; height: number }[] {
  const runs: { start: number; height: number }[] = [];
  for (const row of [...rows].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.start + last.height === row) last.height += 1;
    else runs.push({ start: row, height: 1 });
  }
  return runs;
}
