// The document side's yardstick: the report's two main tables (per ansvar, and the funds) built
// directly with the docx library (new Document, Table, Packer.toBuffer) and written to a file,
// with no template, no workbook and no checks. Run as a child process, like `generate`:
//   node docx-baseline-worker.js <tables.json> <out.docx>
// The JSON holds the cell texts, already formatted (see doc-side.ts).

import { readFileSync, writeFileSync } from 'node:fs';
import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { runWorker } from './worker-main';

export interface BaselineColumn {
  readonly heading: string;
  /** Width in twips. */
  readonly width: number;
  readonly amount: boolean;
}

export interface BaselineTable {
  readonly heading: string;
  readonly columns: readonly BaselineColumn[];
  readonly rows: readonly (readonly string[])[];
  /** The bold sum row. */
  readonly sum: readonly string[];
}

export interface BaselineInput {
  readonly title: string;
  readonly tables: readonly BaselineTable[];
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;

function cell(text: string, column: BaselineColumn, options: { readonly bold?: boolean; readonly header?: boolean }): TableCell {
  return new TableCell({
    width: { size: column.width, type: WidthType.DXA },
    shading: options.header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2F3' } : undefined,
    children: [new Paragraph({
      alignment: column.amount ? AlignmentType.RIGHT : AlignmentType.LEFT,
      children: [new TextRun({ text, size: 18, bold: options.bold || options.header })],
    })],
  });
}

function table(t: BaselineTable): Table {
  const row = (cells: readonly string[], bold: boolean): TableRow =>
    new TableRow({ cantSplit: true, children: t.columns.map((c, i) => cell(cells[i] ?? '', c, { bold })) });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: t.columns.reduce((w, c) => w + c.width, 0), type: WidthType.DXA },
    columnWidths: t.columns.map((c) => c.width),
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: t.columns.map((c) => cell(c.heading, c, { header: true })) }),
      ...t.rows.map((r) => row(r, false)),
      row(t.sum, true),
    ],
  });
}

/** The document: a title, and each table under its heading. */
export function baselineDocument(input: BaselineInput): Document {
  return new Document({
    sections: [{
      children: [
        new Paragraph({ text: input.title, heading: HeadingLevel.TITLE }),
        ...input.tables.flatMap((t) => [new Paragraph({ text: t.heading, heading: HeadingLevel.HEADING_1 }), table(t)]),
      ],
    }],
  });
}

if (require.main === module) {
  runWorker('docx baseline', 'node docx-baseline-worker.js <tables.json> <out.docx>', 2, async ([inputFile, outFile]) => {
    const input = JSON.parse(readFileSync(inputFile ?? '', 'utf8')) as BaselineInput;
    writeFileSync(outFile ?? '', await Packer.toBuffer(baselineDocument(input)));
  });
}
