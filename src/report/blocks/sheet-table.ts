import type { FileChild } from 'docx';
import { findTableShape, type ShapeCell, type TableShape } from '../../core/read/table-shape';
import { DOCUMENT_STYLE } from '../document-number-style';
import type { ArgumentBlock } from './block-types';
import { row, textParagraph, wordTable, type Column } from './word-table';

/** The width of the text between the default template's margins, in twips (A4, 2,5 cm each side). */
export const SHEET_TABLE_WIDTH = 9070;

/**
 * Columns that hold years or codes, whose whole numbers are written without grouping: 2017,
 * not 2 017; ansvar 1000, not 1 000; fond 25699101. Matched on the header, any case.
 */
const UNGROUPED_HEADERS = /^(år|aar|year|årstall|ansvar|ansvarsnr|art|konto|account|funksjon|tjeneste|fond|fund|kode|code|nr|kommunenr)$/i;

/**
 * A key figure as shown in a table: a whole number with Norwegian grouping (20 364), a number
 * with decimals with at most two of them and a decimal comma (5,62; 12,5), a negative one with
 * a real minus sign. Unbreakable spaces, so that a number never breaks across lines.
 */
export function formatKeyFigure(value: number, grouped = true): string {
  const exact = Number(value.toPrecision(15));
  if (!Number.isFinite(exact) || Math.abs(exact) >= 1e15) return String(value);
  const [whole = '0', decimals = ''] = Math.abs(exact).toFixed(2).split('.');
  const fraction = decimals.replace(/0+$/, '');
  const zero = whole === '0' && fraction === '';
  const digits = grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, DOCUMENT_STYLE.groupSeparator) : whole;
  return `${exact < 0 && !zero ? DOCUMENT_STYLE.minus : ''}${digits}${fraction === '' ? '' : `,${fraction}`}`;
}

function cellText(cell: ShapeCell | undefined, grouped: boolean): string {
  if (cell === undefined || cell.kind === 'empty') return '';
  return cell.kind === 'number' ? formatKeyFigure(cell.value, grouped) : cell.text;
}

/**
 * Widths that share `total` twips between the columns in proportion to their longest text
 * (header or cell), each counted as at least 4 and at most 40 characters, so that a short
 * column still holds its number and a long text wraps instead of crowding out the others.
 */
function columnWidths(texts: readonly (readonly string[])[], total: number): number[] {
  const weights = texts.map((column) => Math.min(40, Math.max(4, ...column.map((t) => t.length))));
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((total * w) / sum));
  const last = widths.length - 1;
  if (last >= 0) widths[last] = (widths[last] ?? 0) + total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/**
 * {{tabell:NAME}}: a sheet, an Excel table or a named range shown as it is, as a real Word
 * table: its header row (repeated on every page), its rows in order, no row added (a Sum row
 * is shown only when the sheet has one). Numbers are right-aligned with Norwegian grouping,
 * text left; a column is right-aligned (header too) when most of its filled cells are numbers.
 * The widths share the text width of the page (SHEET_TABLE_WIDTH).
 */
export function sheetTable(shape: TableShape): FileChild[] {
  const count = Math.max(shape.header.length, ...shape.rows.map((r) => r.length));
  if (count === 0) return [textParagraph(`Tabellen «${shape.name}» er tom.`, { italic: true })];
  const indexes = Array.from({ length: count }, (_, i) => i);
  const grouped = indexes.map((i) => !UNGROUPED_HEADERS.test((shape.header[i] ?? '').trim()));
  const body = shape.rows.map((r) => indexes.map((i) => cellText(r[i], grouped[i] ?? true)));
  const numeric = indexes.map((i) => {
    const filled = shape.rows.map((r) => r[i]).filter((c) => c !== undefined && c.kind !== 'empty');
    return filled.length > 0 && filled.filter((c) => c?.kind === 'number').length * 2 > filled.length;
  });
  const widths = columnWidths(indexes.map((i) => [shape.header[i] ?? '', ...body.map((r) => r[i] ?? '')]), SHEET_TABLE_WIDTH);
  const columns: Column[] = indexes.map((i) => ({ heading: shape.header[i] ?? '', width: widths[i] ?? 0, amount: numeric[i] ?? false }));
  return [wordTable(columns, body.map((cells) => row(...cells)))];
}

/**
 * The {{tabell:NAME}} block. Whether the workbook has something called NAME is asked first
 * (missingBlockSources and buildPatches); build is called only when it has.
 */
export const sheetTableBlock: ArgumentBlock = {
  exists: ({ analysis }, name) => findTableShape(analysis.raw, name) !== undefined,
  build: ({ analysis }, name) => {
    const shape = findTableShape(analysis.raw, name);
    if (shape === undefined) throw new Error(`{{tabell:${name}}} was not checked: the workbook has nothing called ${name}`);
    return sheetTable(shape);
  },
};
