import type { CellValue, RawCell, RawRow } from '../../core/workbook/raw-workbook';
import { cellAddress } from '../../core/workbook/address';

/** Cells read so far, by 0-based row and then 0-based column. */
export type CellGrid = Map<number, Map<number, CellValue>>;

export function put(cells: CellGrid, row: number, column: number, value: CellValue): void {
  let inRow = cells.get(row);
  if (inRow === undefined) cells.set(row, (inRow = new Map()));
  inRow.set(column, value);
}

/** The rows of `cells` in row order, each with its cells in column order; `hiddenRows` are 0-based. */
export function toRawRows(cells: CellGrid, hiddenRows: ReadonlySet<number>): RawRow[] {
  const byKey = <T>(entries: Iterable<[number, T]>) => [...entries].sort(([a], [b]) => a - b);
  return byKey(cells.entries()).map(([row, inRow]) => ({
    row: row + 1,
    hidden: hiddenRows.has(row),
    cells: byKey(inRow.entries()).map(([column, value]): RawCell => ({ column: column + 1, address: cellAddress(column + 1, row + 1), value })),
  }));
}
