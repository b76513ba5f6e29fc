import { AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';

/** One column of a report table: its heading, width in twips, and whether it holds amounts. */
export interface Column {
  readonly heading: string;
  readonly width: number;
  readonly amount?: boolean;
}

export interface Cell {
  readonly text: string;
  /** Drawn highlighted, for a gap the board must notice (such as a missing explanation). */
  readonly flagged?: boolean;
}

/** A row of cells (bold for a sum row), or a note across the whole table. */
export type RowData =
  | { readonly cells: readonly (string | Cell)[]; readonly bold?: boolean; readonly keepWithNext?: boolean }
  | { readonly note: string };

export const row = (...cells: (string | Cell)[]): RowData => ({ cells });
/** A row kept on the same page as the row after it. */
export const groupRow = (...cells: (string | Cell)[]): RowData => ({ cells, keepWithNext: true });
export const sumRow = (...cells: (string | Cell)[]): RowData => ({ cells, bold: true });
export const noteRow = (note: string): RowData => ({ note });

const FONT_SIZE = 18; // half-points: 9 pt, so nine columns fit an A4 page
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

interface CellOptions {
  readonly width: number;
  readonly right?: boolean;
  readonly bold?: boolean;
  readonly header?: boolean;
  readonly span?: number;
}

function tableCell(content: string | Cell, o: CellOptions): TableCell {
  const c = typeof content === 'string' ? { text: content } : content;
  return new TableCell({
    width: { size: o.width, type: WidthType.DXA },
    columnSpan: o.span,
    shading: o.header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2F3' } : undefined,
    margins: { left: 80, right: 80, top: 30, bottom: 30 },
    children: [new Paragraph({
      alignment: o.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
      spacing: { before: 0, after: 0, line: 240 },
      // a line break in the text is a line break in the cell
      children: c.text.split('\n').map((line, i) => new TextRun({
        text: line, break: i > 0 ? 1 : undefined, size: FONT_SIZE, bold: o.bold || o.header,
        ...(c.flagged ? { highlight: 'yellow', color: 'C00000', bold: true } : {}),
      })),
    })],
  });
}

/**
 * A real Word table: a header row that repeats on every page, amounts right-aligned, bold sum
 * rows, fixed widths that fit the page, and rows that do not split across pages.
 */
export function wordTable(columns: readonly Column[], rows: readonly RowData[]): Table {
  const total = columns.reduce((w, c) => w + c.width, 0);
  const toRow = (r: RowData): TableRow => new TableRow({
    cantSplit: true,
    keepNext: 'cells' in r && r.keepWithNext === true,
    children: 'note' in r
      ? [tableCell(r.note, { width: total, span: columns.length })]
      : columns.map((c, i) => tableCell(r.cells[i] ?? '', { width: c.width, right: c.amount, bold: r.bold })),
  });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: total, type: WidthType.DXA },
    columnWidths: columns.map((c) => c.width),
    borders: BORDERS,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, keepNext: true,
        children: columns.map((c) => tableCell(c.heading, { width: c.width, right: c.amount, header: true })) }),
      ...rows.map(toRow),
    ],
  });
}

/** A paragraph of body text. */
export function textParagraph(text: string, options: { readonly italic?: boolean } = {}): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, italics: options.italic })] });
}
