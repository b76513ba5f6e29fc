import type { CellValue, RawCell, RawRow } from '../../core/workbook/raw-workbook';
import { cellAddress } from '../../core/workbook/address';
import { firstChunkRows, jsonByteBound, nextChunkRows, type ChunkSizing } from './chunk-sizing';
import type { ExcelContext, ExcelRange, ExcelRangeAreas, ExcelWorksheet, RangeAreasLoadPath } from './excel-api';
import { toCellValue } from './to-cell-value';

/** A rectangle of a sheet, with 0-based indexes as Office.js gives them. */
export interface UsedBox {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

const AREA_BOXES: RangeAreasLoadPath[] = ['areas/items/rowIndex', 'areas/items/columnIndex', 'areas/items/rowCount', 'areas/items/columnCount'];
const AREA_ROWS: RangeAreasLoadPath[] = ['areas/items/rowIndex', 'areas/items/rowCount'];

/**
 * The rows of one sheet's used range (`box`) that hold something, as the exceljs adapter gives
 * them: in row order, each with its cells in column order and whether the row is hidden.
 *
 * The range is read in bands of whole rows, one `context.sync()` per band; `onBand` is told the
 * number of rows read after each. The first band is `sizing.firstCells` cells; every band after
 * it is sized from what the band before it measured (nextChunkRows): each row's four properties
 * are weighed as JSON (jsonByteBound), and the next band gets as many rows as the response
 * budget holds at that weight, within `sizing.maxCells`. In the same round trip as its cells, a
 * band asks for
 * - its merged areas (Range.getMergedAreasOrNullObject, ExcelApi 1.13). Excel gives the value
 *   of a merge only in its top-left cell, the master; every other cell of a merge whose master
 *   holds something becomes `{ kind: 'merged', master }`, also where it lies outside the used
 *   range, which counts only cells with values. A merge across two bands is seen in both and
 *   counted once. A merge with an empty master holds nothing (as in the exceljs adapter).
 * - which of its rows are visible: the visible cells (getSpecialCellsOrNullObject('Visible'),
 *   ExcelApi 1.9) of its entire rows, A:XFD, so that hidden columns cannot make a shown row
 *   look hidden; a row without visible cells is hidden. (Range.rowHidden, the alternative,
 *   would need one proxy object per row.)
 * A band whose request Excel refuses (more than 5 MB, more than 512 merged areas) is read again
 * as two halves (and those in halves, as need be); the band after it is sized from what the
 * pieces measured and is no larger than the largest piece that passed. A single row that
 * still fails fails the read.
 */
export async function readSheetRows(
  context: ExcelContext,
  worksheet: ExcelWorksheet,
  box: UsedBox,
  sizing: ChunkSizing,
  onBand: (rowsRead: number) => void,
): Promise<RawRow[]> {
  const cells = new Map<number, Map<number, CellValue>>();
  const hiddenRows = new Set<number>();
  const merges = new Map<string, UsedBox>();
  const end = box.row + box.rowCount;
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
    for (const area of areaBoxes(merged)) merges.set(`${area.row},${area.column},${area.rowCount},${area.columnCount}`, area);
    markHidden(hiddenRows, start, height, visible);
    rowsRead += height;
    onBand(rowsRead);
    return { rowBytes: rowBytes(range, height), largestPiece: height };
  };

  let height = firstChunkRows(box.columnCount, sizing);
  for (let start = box.row; start < end;) {
    const band = await readBand(start, Math.min(height, end - start));
    start += band.rowBytes.length;
    height = nextChunkRows(band.rowBytes, box.columnCount, sizing, band.largestPiece);
  }

  const outside = markMerged(cells, merges.values());
  await readHiddenRowsOutside(context, worksheet, outside.filter((row) => row < box.row || row >= end), hiddenRows);
  return toRawRows(cells, hiddenRows);
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

function put(cells: Map<number, Map<number, CellValue>>, row: number, column: number, value: CellValue): void {
  let inRow = cells.get(row);
  if (inRow === undefined) cells.set(row, (inRow = new Map()));
  inRow.set(column, value);
}

/**
 * Every cell of a merge whose master holds something, but the master, becomes `merged`.
 * Returns the rows that got merged cells, so that rows outside the used range can be looked up.
 */
function markMerged(cells: Map<number, Map<number, CellValue>>, merges: Iterable<UsedBox>): number[] {
  const rows = new Set<number>();
  for (const merge of merges) {
    if (cells.get(merge.row)?.get(merge.column) === undefined) continue;
    const master = cellAddress(merge.column + 1, merge.row + 1);
    for (let row = merge.row; row < merge.row + merge.rowCount; row += 1) {
      for (let column = merge.column; column < merge.column + merge.columnCount; column += 1) {
        if (row === merge.row && column === merge.column) continue;
        put(cells, row, column, { kind: 'merged', master });
        rows.add(row);
      }
    }
  }
  return [...rows];
}

/**
 * A merge can reach below the used range (a note merged over several rows): whether those rows
 * are hidden is asked in one more round trip, only when there are such rows.
 */
async function readHiddenRowsOutside(context: ExcelContext, worksheet: ExcelWorksheet, rows: number[], hiddenRows: Set<number>): Promise<void> {
  if (rows.length === 0) return;
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

function toRawRows(cells: Map<number, Map<number, CellValue>>, hiddenRows: Set<number>): RawRow[] {
  const byKey = <T>(entries: Iterable<[number, T]>) => [...entries].sort(([a], [b]) => a - b);
  return byKey(cells.entries()).map(([row, inRow]) => ({
    row: row + 1,
    hidden: hiddenRows.has(row),
    cells: byKey(inRow.entries()).map(([column, value]): RawCell => ({ column: column + 1, address: cellAddress(column + 1, row + 1), value })),
  }));
}
