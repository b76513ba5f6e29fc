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

/** A whole sheet as a table: the first filled row is the header; empty rows are skipped. */
export function sheetShape(sheet: RawSheet): TableShape {
  const rows = sheet.rows.filter((r) => firstFilledCell(r) !== undefined);
  const header = rows[0];
  const columns = Math.max(0, ...rows.flatMap((r) => r.cells.filter((c) => !isBlank(c)).map((c) => c.column)));
  const line = (cells: readonly RawCell[]) =>
    Array.from({ length: columns }, (_, i) => shapeCell(cells.find((c) => c.column === i + 1)));
  return {
    name: sheet.name,
    header: header === undefined ? [] : line(header.cells).map((c) => (c.kind === 'text' ? c.text : c.kind === 'number' ? String(c.value) : '')),
    rows: rows.slice(1).map((r) => line(r.cells)),
  };
}

/** The table called `name`: a sheet of that name (any case). */
export function findTableShape(raw: RawWorkbook, name: string): TableShape | undefined {
  const wanted = normalizeName(name);
  const sheet = raw.sheets.find((s) => normalizeName(s.name) === wanted);
  return sheet === undefined ? undefined : sheetShape(sheet);
}
