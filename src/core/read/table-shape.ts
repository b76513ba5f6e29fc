import { parseAddress } from '../workbook/address';
import type { RawCell, RawSheet, RawWorkbook } from '../workbook/raw-workbook';
import { firstFilledCell, isBlank } from './cell-text';
import { normalizeName } from './sheet-specs';
import { removeForbiddenXmlCharacters } from './xml-safe-text';

/** One cell of a table shown as it is: text, a number (a count, a key figure), or nothing. */
export type ShapeCell =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'empty' };

/**
 * A table-shaped part of the workbook, for {{tabell:NAME}} and {{diagram:NAME}}: a header row
 * and the rows under it, as the sheet shows them. Not money: these are key figures and counts.
 */
export interface TableShape {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly ShapeCell[])[];
}

function shapeCell(cell: RawCell | undefined): ShapeCell {
  if (cell === undefined || isBlank(cell)) return { kind: 'empty' };
  const v = cell.value;
  switch (v.kind) {
    case 'number': return { kind: 'number', value: v.value };
    case 'text': return { kind: 'text', text: removeForbiddenXmlCharacters(v.value).trim() };
    case 'boolean': return { kind: 'text', text: v.value ? 'Ja' : 'Nei' };
    case 'date': return { kind: 'text', text: v.iso.slice(0, 10) };
    case 'error': return { kind: 'text', text: v.code };
    default: return { kind: 'empty' };
  }
}

const headerText = (c: ShapeCell): string => (c.kind === 'text' ? c.text : c.kind === 'number' ? String(c.value) : '');

/** A whole sheet as a table: the first filled row is the header; empty rows are skipped. */
export function sheetShape(sheet: RawSheet): TableShape {
  const rows = sheet.rows.filter((r) => firstFilledCell(r) !== undefined);
  const header = rows[0];
  const columns = Math.max(0, ...rows.flatMap((r) => r.cells.filter((c) => !isBlank(c)).map((c) => c.column)));
  const line = (cells: readonly RawCell[]) =>
    Array.from({ length: columns }, (_, i) => shapeCell(cells.find((c) => c.column === i + 1)));
  return {
    name: sheet.name,
    header: header === undefined ? [] : line(header.cells).map(headerText),
    rows: rows.slice(1).map((r) => line(r.cells)),
  };
}

/**
 * A rectangle of a sheet ("B2:D7") as a table called `name`: its first row is the header (also
 * when empty), its columns are the rectangle's columns up to the last that holds something, and
 * the rows under the header that hold something inside the rectangle are the rows, in order.
 * Undefined when `range` is not "A1:D7".
 */
export function rangeShape(name: string, sheet: RawSheet, range: string): TableShape | undefined {
  const [from, to] = range.split(':').map(parseAddress);
  if (from === undefined || to === undefined) return undefined;
  const inside = sheet.rows.filter((r) => r.row >= from.row && r.row <= to.row);
  // Up to the last column that holds something: a range drawn wider than its data (even A:XFD
  // written out as corners) gives no empty columns at the right.
  const lastFilled = Math.max(from.column - 1, ...inside.flatMap((r) =>
    r.cells.filter((c) => !isBlank(c) && c.column >= from.column && c.column <= to.column).map((c) => c.column)));
  const width = lastFilled - from.column + 1;
  const line = (cells: readonly RawCell[]) =>
    Array.from({ length: width }, (_, i) => shapeCell(cells.find((c) => c.column === from.column + i)));
  const headerRow = inside.find((r) => r.row === from.row);
  const rows = inside
    .filter((r) => r.row > from.row)
    .map((r) => line(r.cells))
    .filter((cells) => cells.some((c) => c.kind !== 'empty'));
  return { name, header: line(headerRow?.cells ?? []).map(headerText), rows };
}

/**
 * The table called `name` (any case, spaces as in sheet names): a sheet of that name; else a
 * defined name or an Excel table of that name (RawWorkbook.names), restricted to its range.
 */
export function findTableShape(raw: RawWorkbook, name: string): TableShape | undefined {
  const wanted = normalizeName(name);
  const sheet = raw.sheets.find((s) => normalizeName(s.name) === wanted);
  if (sheet !== undefined) return sheetShape(sheet);
  const named = raw.names?.find((n) => normalizeName(n.name) === wanted);
  const target = named === undefined ? undefined : raw.sheets.find((s) => s.name === named.sheet);
  return named === undefined || target === undefined ? undefined : rangeShape(named.name, target, named.range);
}
