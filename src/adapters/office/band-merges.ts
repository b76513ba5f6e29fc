import { cellAddress } from '../../core/workbook/address';
import { put, type CellGrid } from './cell-grid';
import { lastRow, type UsedBox } from './used-box';

/**
 * The merged cells of a sheet that is read in bands of rows, top to bottom, without holding
 * the rows of the bands before. Excel gives the value of a merge only in its top-left cell, the
 * master; every other cell of a merge whose master holds something becomes
 * `{ kind: 'merged', master }`, also outside the used range (which counts only cells with
 * values). A merge with an empty master holds nothing (as in the exceljs adapter).
 */
export interface BandMerges {
  /**
   * Marks the merged cells in rows start … start + height − 1 of `cells`, which holds the cells
   * of those rows just read; `areas` are the merged areas the band touches, whole.
   */
  markBand(start: number, height: number, areas: readonly UsedBox[], cells: CellGrid): void;
  /** The merged cells in rows from `end` on, below the used range; complete once every band is marked. */
  readonly below: CellGrid;
}

/**
 * A merge's top row is its master's row, so the first band a merge touches is the one that
 * tells whether its master holds something. A merge that does and that reaches below the band
 * is remembered until the bands have passed its last row: what is held is a few numbers per
 * merge that crosses a band boundary, never the rows.
 */
export function bandMerges(end: number): BandMerges {
  const open = new Map<string, UsedBox>();
  const below: CellGrid = new Map();
  return {
    below,
    markBand(start, height, areas, cells) {
      const next = start + height;
      for (const area of areas) {
        const key = `${area.row},${area.column},${area.rowCount},${area.columnCount}`;
        const masterHere = area.row >= start;
        const holds = masterHere ? cells.get(area.row)?.get(area.column) !== undefined : open.has(key);
        if (!holds) continue;
        markRows(cells, area, Math.max(area.row, start), Math.min(lastRow(area), next - 1));
        if (!masterHere) continue;
        if (lastRow(area) >= next) open.set(key, area);
        if (lastRow(area) >= end) markRows(below, area, Math.max(area.row, end), lastRow(area));
      }
      for (const [key, area] of open) if (lastRow(area) < next) open.delete(key);
    },
  };
}

/** Marks every cell of `merge` in rows from … to, but its master, as merged. */
function markRows(cells: CellGrid, merge: UsedBox, from: number, to: number): void {
  const master = cellAddress(merge.column + 1, merge.row + 1);
  for (let row = from; row <= to; row += 1) {
    for (let column = merge.column; column < merge.column + merge.columnCount; column += 1) {
      if (row === merge.row && column === merge.column) continue;
      put(cells, row, column, { kind: 'merged', master });
    }
  }
}
