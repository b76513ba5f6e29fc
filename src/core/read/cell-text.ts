import type { CellValue, RawCell, RawRow } from '../workbook/raw-workbook';

/** A text cell's text, trimmed; undefined for every other kind. */
export function textOf(value: CellValue | undefined): string | undefined {
  return value?.kind === 'text' ? value.value.trim() : undefined;
}

/** A cell that shows nothing: absent, blank text, or the hidden part of a merge. */
export function isBlank(cell: RawCell | undefined): boolean {
  if (cell === undefined) return true;
  if (cell.value.kind === 'merged') return true;
  return cell.value.kind === 'text' && cell.value.value.trim() === '';
}

export function firstFilledCell(row: RawRow): RawCell | undefined {
  return row.cells.find((cell) => !isBlank(cell));
}

/** A subtotal row: its first filled cell is text starting with the word Sum, Total or Totalt. */
export function isSubtotalRow(row: RawRow): boolean {
  const first = firstFilledCell(row);
  const text = textOf(first?.value);
  return text !== undefined && /^(sum|total|totalt)(?![\p{L}\p{N}])/iu.test(text);
}
