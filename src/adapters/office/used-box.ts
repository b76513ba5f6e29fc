/** A rectangle of a sheet, with 0-based indexes as Office.js gives them. */
export interface UsedBox {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** The last row of a box, 0-based. */
export function lastRow(box: UsedBox): number {
  return box.row + box.rowCount - 1;
}

export function sameBox(a: UsedBox, b: UsedBox): boolean {
  return a.row === b.row && a.column === b.column && a.rowCount === b.rowCount && a.columnCount === b.columnCount;
}
