// Builds the example workbook examples/ikt-indre-namdal-2017.xlsx from
// examples/ikt-indre-namdal-2017.data.ts:
//   npx ts-node --transpile-only scripts/build-example.ts [output.xlsx]
// Check its figures with: npx ts-node --transpile-only scripts/check-example-figures.ts
//
// The LibreOffice round-trip fixture test/fixtures/ikt-indre-namdal-2017.libreoffice.xlsx is made with:
//   soffice --headless -env:UserInstallation=file://$(mktemp -d) --convert-to xlsx --outdir /tmp/lo examples/ikt-indre-namdal-2017.xlsx
//   cp /tmp/lo/ikt-indre-namdal-2017.xlsx test/fixtures/ikt-indre-namdal-2017.libreoffice.xlsx
//
// The output is byte-identical from run to run: the workbook properties carry fixed dates, and
// the modification time of every zip entry (which exceljs' JSZip sets to "now") is set to the
// same fixed time afterwards (see fixZipTimestamps).

import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { withFixedZipDates } from '../src/report/zip/fixed-zip-dates';
import {
  ansvar,
  brev,
  brukere,
  BRUKERE_KOMMUNER,
  feide,
  fond,
  helpdesk,
  oppsett,
  refusjon,
  regnskap,
  styre,
  vedtatteAvsetninger,
  type LedgerLine,
} from '../examples/ikt-indre-namdal-2017.data';

const FIXED_DATE = new Date('2018-02-15T00:00:00Z');
const CREATOR = 'arsmelding scripts/build-example.ts';
const AMOUNT_FORMAT = '#,##0.00';
const COUNT_FORMAT = '#,##0';
const DEFAULT_OUTPUT = path.join(__dirname, '..', 'examples', 'ikt-indre-namdal-2017.xlsx');

type Value = string | number | null;

interface ColumnSpec {
  readonly header: string;
  readonly width: number;
  readonly amount?: boolean;
  /** A whole count, shown with grouping (sheets Feide, Brev, Helpdesk, Brukere). */
  readonly count?: boolean;
  readonly wrap?: boolean;
}

/** Exact øre of an amount written with at most two decimals; anything else is a data error. */
function toOre(value: number): number {
  const ore = Math.round(value * 100);
  if (!Number.isSafeInteger(ore) || ore / 100 !== value) {
    throw new Error(`Amount ${value} is not a whole number of øre`);
  }
  return ore;
}

function addTableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly ColumnSpec[],
  rows: readonly (readonly Value[])[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  columns.forEach((column, index) => {
    const col = sheet.getColumn(index + 1);
    col.width = column.width;
  });
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  for (const values of rows) {
    const row = sheet.addRow(values.map((v) => (v === null ? null : v)));
    styleRow(row, columns);
    // Neither exceljs nor Excel fits the row height to wrapped text on opening; estimate it.
    const lines = Math.max(
      1,
      ...columns.map((column, i) => {
        const value = values[i];
        return column.wrap && typeof value === 'string' ? Math.ceil(value.length / column.width) : 1;
      }),
    );
    if (lines > 1) row.height = 15 * lines;
  }
  return sheet;
}

function styleRow(row: ExcelJS.Row, columns: readonly ColumnSpec[]): void {
  columns.forEach((column, index) => {
    const cell = row.getCell(index + 1);
    if (column.amount) cell.numFmt = AMOUNT_FORMAT;
    if (column.count) cell.numFmt = COUNT_FORMAT;
    if (column.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
  });
}

function addLedgerSheet(workbook: ExcelJS.Workbook): void {
  const columns: readonly ColumnSpec[] = [
    { header: 'Ansvar', width: 17 },
    { header: 'Art', width: 10 },
    { header: 'Funksjon', width: 10 },
    { header: 'Tekst', width: 44 },
    { header: 'Regnskap', width: 17, amount: true },
    { header: 'Regulert budsjett', width: 18, amount: true },
    { header: 'Opprinnelig budsjett', width: 20, amount: true },
    { header: 'Regnskap i fjor', width: 17, amount: true },
  ];
  const sheet = addTableSheet(workbook, 'Regnskap', columns, []);

  // Group the lines by ansvar, keeping the order of the data.
  const groups = new Map<number, LedgerLine[]>();
  for (const line of regnskap) {
    const group = groups.get(line[0]);
    if (group) group.push(line);
    else groups.set(line[0], [line]);
  }

  const amountColumns = ['E', 'F', 'G', 'H'] as const;
  for (const [code, lines] of groups) {
    const first = sheet.rowCount + 1;
    for (const line of lines) styleRow(sheet.addRow([...line]), columns);
    const last = sheet.rowCount;
    const sums = amountColumns.map((_, i) => lines.reduce((acc, line) => acc + toOre(line[4 + i] as number), 0));
    const total = sheet.addRow([
      `Sum ansvar ${code}`,
      null,
      null,
      null,
      ...amountColumns.map((col, i) => ({ formula: `SUM(${col}${first}:${col}${last})`, result: (sums[i] as number) / 100 })),
    ]);
    styleRow(total, columns);
    total.font = { bold: true };
  }
}

export function buildWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = CREATOR;
  workbook.lastModifiedBy = CREATOR;
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;

  addTableSheet(
    workbook,
    'Oppsett',
    [
      { header: 'Nøkkel', width: 18 },
      { header: 'Verdi', width: 26 },
    ],
    oppsett.map((s) => [s.key, s.value]),
  );

  addTableSheet(
    workbook,
    'Ansvar',
    [
      { header: 'Ansvar', width: 10 },
      { header: 'Navn', width: 46 },
      { header: 'Fond', width: 11 },
      { header: 'Forklaring', width: 90, wrap: true },
    ],
    ansvar.map((a) => [a.ansvar, a.navn, a.fond, a.forklaring === '' ? null : a.forklaring]),
  );

  addLedgerSheet(workbook);

  addTableSheet(
    workbook,
    'Fond',
    [
      { header: 'Fond', width: 11 },
      { header: 'Navn', width: 32 },
      { header: 'Inngående balanse', width: 18, amount: true },
      { header: 'Avsetning', width: 15, amount: true },
      { header: 'Bruk', width: 15, amount: true },
      { header: 'Utgående balanse', width: 18, amount: true },
    ],
    fond.map((f) => [f.fond, f.navn, f.inngaendeBalanse, f.avsetning, f.bruk, f.utgaendeBalanse]),
  );

  addTableSheet(
    workbook,
    'Vedtatte avsetninger',
    [
      { header: 'Fond', width: 11 },
      { header: 'Beløp', width: 15, amount: true },
      { header: 'Vedtak', width: 48 },
    ],
    vedtatteAvsetninger.map((v) => [v.fond, v.belop, v.vedtak]),
  );

  addTableSheet(
    workbook,
    'Refusjon',
    [
      { header: 'Kommune', width: 14 },
      { header: 'Beløp', width: 17, amount: true },
    ],
    refusjon.map((r) => [r.kommune, r.belop]),
  );

  addTableSheet(
    workbook,
    'Styre',
    [
      { header: 'Navn', width: 22 },
      { header: 'Rolle', width: 14 },
      { header: 'E-post', width: 34 },
    ],
    styre.map((s) => [s.navn, s.rolle, s.epost]),
  );

  addKeyFigureSheets(workbook);

  return workbook;
}

/** The key figures of the year, after the accounting sheets: shown with {{tabell:NAME}} and {{diagram_brukere}}. */
function addKeyFigureSheets(workbook: ExcelJS.Workbook): void {
  addTableSheet(
    workbook,
    'Feide',
    [
      { header: 'Kommune', width: 14 },
      { header: 'Innlogginger', width: 14, count: true },
    ],
    feide.map((f) => [f.kommune, f.innlogginger]),
  );

  addTableSheet(
    workbook,
    'Brev',
    [
      { header: 'Kommune', width: 14 },
      { header: 'Inngående', width: 12, count: true },
      { header: 'Utgående', width: 12, count: true },
    ],
    brev.map((b) => [b.kommune, b.inngaende, b.utgaende]),
  );

  addTableSheet(
    workbook,
    'Helpdesk',
    [
      { header: 'Enhet', width: 14 },
      { header: 'Saker', width: 10, count: true },
    ],
    helpdesk.map((h) => [h.enhet, h.saker]),
  );

  addTableSheet(
    workbook,
    'Brukere',
    [{ header: 'År', width: 8 }, ...BRUKERE_KOMMUNER.map((kommune) => ({ header: kommune, width: 12, count: true }))],
    brukere.map((b) => [b.aar, ...b.brukere]),
  );
}

/** The example's zip entries carry the same fixed time as its workbook properties. */
export function fixZipTimestamps(zip: Uint8Array): Buffer {
  const d = FIXED_DATE;
  return Buffer.from(withFixedZipDates(zip, {
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
    hours: d.getUTCHours(), minutes: d.getUTCMinutes(), seconds: d.getUTCSeconds(),
  }));
}

async function main(): Promise<void> {
  const output = path.resolve(process.argv[2] ?? DEFAULT_OUTPUT);
  const buffer = Buffer.from(await buildWorkbook().xlsx.writeBuffer());
  writeFileSync(output, fixZipTimestamps(buffer));
  console.log(`Wrote ${output}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
