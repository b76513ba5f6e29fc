/**
 * Makes test/fixtures/libreoffice-written.docx: a document written by the docx library, opened
 * and saved again as .docx by LibreOffice. test/helpers/validate-ooxml.test.ts validates it
 * against the OOXML schemas, to show what the validator says about a .docx not made by docx.
 * Needs `soffice` (Debian libreoffice-writer); CI does not run this, it only reads the file.
 *
 *   npx ts-node --transpile-only scripts/make-libreoffice-docx-fixture.ts
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

const FIXTURE = join(__dirname, '..', 'test', 'fixtures', 'libreoffice-written.docx');

function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
}

function buildDocument(): Document {
  return new Document({
    creator: 'arsmelding',
    title: 'Årsmelding (testfil)',
    sections: [
      {
        footers: {
          default: new Footer({
            children: [new Paragraph({ children: [new TextRun('Side '), new TextRun({ children: [PageNumber.CURRENT] })] })],
          }),
        },
        children: [
          new Paragraph({ text: 'Årsmelding 2017', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [new TextRun('Regnskapet viser et '), new TextRun({ text: 'mindreforbruk', bold: true }), new TextRun(' på 1 234 kr.')],
          }),
          new Paragraph({ text: 'Første punkt', bullet: { level: 0 } }),
          new Paragraph({ text: 'Andre punkt', bullet: { level: 0 } }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ tableHeader: true, children: [cell('Ansvar', true), cell('Regnskap', true)] }),
              new TableRow({ children: [cell('1000 Felleskostnader'), cell('1 234,56')] }),
            ],
          }),
          new Paragraph('Slutt.'),
        ],
      },
    ],
  });
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'libreoffice-docx-'));
  try {
    const input = join(work, 'in', 'libreoffice-written.docx');
    mkdirSync(join(work, 'in'));
    writeFileSync(input, await Packer.toBuffer(buildDocument()));
    const profile = join(work, 'profile');
    const out = join(work, 'out');
    execFileSync(
      'soffice',
      ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'docx', '--outdir', out, input],
      { stdio: 'inherit' },
    );
    copyFileSync(join(out, 'libreoffice-written.docx'), FIXTURE);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  process.stdout.write(`Skrev ${FIXTURE}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
