/**
 * Makes the two "kitchen sink" fixtures the exceljs adapter is tested against:
 *
 *   test/fixtures/kitchen-sink.exceljs.xlsx      written by exceljs
 *   test/fixtures/kitchen-sink.libreoffice.xlsx  the same file opened and saved by LibreOffice
 *
 * LibreOffice writes shared strings, styles, merges and cached formula values its own way, so
 * the second file shows what the adapter meets in a workbook that was not made by exceljs.
 * Needs `soffice` (Debian libreoffice-calc); CI does not run this, it only reads the files.
 *
 *   npx ts-node --transpile-only scripts/make-kitchen-sink-fixture.ts
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

const FIXTURES = join(__dirname, '..', 'test', 'fixtures');
const EXCELJS_FILE = join(FIXTURES, 'kitchen-sink.exceljs.xlsx');
const LIBREOFFICE_FILE = join(FIXTURES, 'kitchen-sink.libreoffice.xlsx');
/** Fixed, so that running the script again changes the files only when their content changes. */
const WRITTEN_AT = new Date(Date.UTC(2018, 0, 15, 12, 0, 0));

function buildKitchenSink(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'arsmelding';
  workbook.created = WRITTEN_AT;
  workbook.modified = WRITTEN_AT;

  const ledger = workbook.addWorksheet('Økonomi æøå');
  ledger.addRow(['Ansvar', 'Navn', 'Regnskap', 'Dobbelt', 'Dato', 'Godkjent']);
  ledger.addRow([1000, 'Felleskostnader IKT', 1234.56, { formula: 'C2*2', result: 2469.12 }, new Date(Date.UTC(2017, 11, 31)), true]);
  ledger.addRow([1011, '12 000,50', 325084.5, { formula: 'C3*2', result: 650169 }, new Date(Date.UTC(2017, 5, 30, 12, 30)), false]);
  ledger.addRow([1099, 'Skjult rad', 10.25, { formula: 'C4*2', result: 20.5 }, null, null]);
  ledger.getRow(4).hidden = true;
  ledger.addRow(['Sum', null, { formula: 'SUM(C2:C4)', result: 326329.31 }, { formula: 'SUM(D2:D4)', result: 652658.62 }]);
  ledger.getCell('E2').numFmt = 'dd.mm.yyyy';
  ledger.getCell('E3').numFmt = 'dd.mm.yyyy hh:mm';

  ledger.getCell('A7').value = 'Sammenslått tittel';
  ledger.mergeCells('A7:C8');

  ledger.getCell('A10').value = { error: '#N/A' };
  ledger.getCell('B10').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  ledger.getCell('C10').value = { formula: 'C2-C2', result: 0 };
  ledger.getCell('D10').value = { formula: 'C2>C3', result: false };
  ledger.getCell('E10').value = { formula: 'IF(C2>1000000,C2,"")', result: '' };
  ledger.getCell('F10').value = { formula: 'C2+C3' };

  ledger.getCell('A12').value = { richText: [{ text: 'Fet ', font: { bold: true } }, { text: 'og vanlig' }] };
  ledger.getCell('B12').value = { text: 'Vedtak', hyperlink: 'https://example.org/vedtak' };
  ledger.getCell('C12').value = '   ';

  const hidden = workbook.addWorksheet('Skjult ark', { state: 'hidden' });
  hidden.addRow(['Nøkkel', 'Verdi']);
  hidden.addRow(['År', 2017]);
  const veryHidden = workbook.addWorksheet('Svært skjult', { state: 'veryHidden' });
  veryHidden.addRow(['Hemmelig', 42]);
  return workbook;
}

async function main(): Promise<void> {
  const data = await buildKitchenSink().xlsx.writeBuffer();
  writeFileSync(EXCELJS_FILE, new Uint8Array(data));

  const work = mkdtempSync(join(tmpdir(), 'kitchen-sink-'));
  try {
    const profile = join(work, 'profile');
    const out = join(work, 'out');
    execFileSync(
      'soffice',
      ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'xlsx', '--outdir', out, EXCELJS_FILE],
      { stdio: 'inherit' },
    );
    copyFileSync(join(out, 'kitchen-sink.exceljs.xlsx'), LIBREOFFICE_FILE);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  process.stdout.write(`Skrev ${EXCELJS_FILE}\nog ${LIBREOFFICE_FILE}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
