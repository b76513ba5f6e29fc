// Independent check of the example's figures against the published 2017 annual report of
// IKT Indre Namdal IKS, first straight from examples/ikt-indre-namdal-2017.data.ts and then from
// the written workbook (read back with exceljs):
//   npx ts-node --transpile-only scripts/check-example-figures.ts [workbook.xlsx]
// All money is integer øre (bigint); kroner are rounded half away from zero only for comparison
// with the report. Prints every figure; exits non-zero on any mismatch.
//
// Deliberately self-contained: it uses none of the product's code in src/.

import * as path from 'node:path';
import ExcelJS from 'exceljs';
import * as data from '../examples/ikt-indre-namdal-2017.data';

// ---------------------------------------------------------------------------------------------
// Expected figures (the report's chapter 4 and 5)

/** Avvik (regulert budsjett − regnskap) per ansvar in whole kroner, as printed in the report. */
const EXPECTED_AVVIK_KR: ReadonlyMap<string, bigint> = new Map([
  ['1000', 8_583n],
  ['1001', 379_974n],
  ['1002', 1_314_359n],
  ['1003', 123_776n],
  ['1005', 23_996n],
  ['1006', 6_627n],
  ['1007', 55_669n],
  ['1008', 454_413n],
  ['1009', 75_908n],
  ['1010', 14_665n],
  ['1011', 325_084n],
  ['1012', -25_315n],
  ['9000', 93_454n],
]);
const EXPECTED_RESULT_ORE = 285_119_300n; // 2 851 193,00
const EXPECTED_VEDTATT_ORE = 60_950_000n; // 609 500,00
const EXPECTED_UDISPONERT_ORE = 224_169_300n; // 2 241 693,00
const EXPECTED_DEDICATED_KR = 325_084n; // ansvar 1011 → fund 25699102
const EXPECTED_STANDARD_KR = 1_916_609n; // the rest → fund 25699101
const EXPECTED_IB_ORE = 396_955_400n; // 3 969 554,00
const EXPECTED_UB_ORE = 381_969_800n; // 3 819 698,00
const EXPECTED_FUND_USE_ORE = -14_985_600n; // −149 856,00 on art 940
const FUND_USE_ANSVAR = new Set(['1002', '1008', '1009']);
const MATERIAL_ORE = 10_000_000n; // 100 000 kr
const STANDARD_FUND = '25699101';
const DEDICATED_FUND = '25699102';

// Key figures (the report's chapters 2 and 3)
const EXPECTED_FEIDE = 57_598; // log-ins through Feide
const EXPECTED_BREV_INN = 12_659; // incoming letters
const EXPECTED_BREV_UT = 7_155; // outgoing letters
const EXPECTED_HELPDESK = 2_271; // helpdesk cases
const KOMMUNER = 'Grong Høylandet Lierne Namsskogan Røyrvik Snåsa';
/** "About 900" users in 2016 and "about 950" in 2017: the totals must be that within 2 %. */
const ABOUT_USERS: ReadonlyMap<number, number> = new Map([[2016, 900], [2017, 950]]);

// ---------------------------------------------------------------------------------------------
// Money helpers

/**
 * The exact øre of a number written with at most two decimals. The number is first written with
 * 15 significant digits (as a spreadsheet shows it), which removes binary noise a spreadsheet may
 * leave in a recalculated SUM; more than two decimals after that is an error, never rounded.
 */
function ore(value: number, where: string): bigint {
  if (!Number.isFinite(value)) throw new Error(`${where}: ${value} is not a finite number`);
  const text = Number(value.toPrecision(15)).toFixed(2);
  if (Number(text) !== Number(value.toPrecision(15))) throw new Error(`${where}: ${value} has more than two decimals`);
  const match = /^(-?)(\d+)\.(\d\d)$/.exec(text);
  if (!match) throw new Error(`${where}: cannot read ${value}`);
  const magnitude = BigInt(match[2] ?? '0') * 100n + BigInt(match[3] ?? '0');
  return match[1] === '-' ? -magnitude : magnitude;
}

function roundToKroner(value: bigint): bigint {
  const negative = value < 0n;
  const n = negative ? -value : value;
  const q = (2n * n + 100n) / 200n;
  return negative ? -q : q;
}

function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

function formatOre(value: bigint): string {
  const negative = value < 0n;
  const n = negative ? -value : value;
  return `${negative ? '−' : ''}${groupDigits((n / 100n).toString())},${(n % 100n).toString().padStart(2, '0')}`;
}

function formatKroner(value: bigint): string {
  return `${value < 0n ? '−' : ''}${groupDigits((value < 0n ? -value : value).toString())}`;
}

/** KOSTRA art of a konto: 3 digits art; 4 digits art + sub-digit; 5 digits class + art + sub-digit. */
function kostraArt(konto: string): number {
  if (konto.length === 3) return Number(konto);
  if (konto.length === 4) return Number(konto.slice(0, 3));
  if (konto.length === 5) return Number(konto.slice(1, 4));
  throw new Error(`Unexpected konto ${konto}`);
}

// ---------------------------------------------------------------------------------------------
// One normalised view of the example, built from the data module or from the workbook

interface Line {
  readonly where: string;
  readonly ansvar: string;
  readonly art: string;
  readonly funksjon: string;
  readonly tekst: string;
  readonly regnskap: bigint;
  readonly regulert: bigint;
  readonly opprinnelig: bigint;
  readonly fjor: bigint;
}

interface Subtotal {
  readonly where: string;
  readonly ansvar: string;
  /** Cached results of the four amount columns, and the formulas when read from a file. */
  readonly sums: readonly [bigint, bigint, bigint, bigint];
  readonly formulas?: readonly string[];
  /** The lines of the group it closes, and their rows when read from a file. */
  readonly lines: readonly Line[];
  readonly firstRow?: number;
  readonly lastRow?: number;
}

interface Example {
  readonly settings: ReadonlyMap<string, string>;
  readonly ansvar: readonly { ansvar: string; navn: string; fond: string; forklaring: string }[];
  readonly lines: readonly Line[];
  readonly subtotals: readonly Subtotal[];
  readonly fond: readonly { fond: string; navn: string; ib: bigint; avsetning: bigint; bruk: bigint; ub: bigint }[];
  readonly vedtatte: readonly { fond: string; belop: bigint; vedtak: string }[];
  readonly refusjon: readonly { kommune: string; belop: bigint }[];
  readonly styre: readonly { navn: string; rolle: string; epost: string }[];
  readonly feide: readonly { kommune: string; innlogginger: number }[];
  readonly brev: readonly { kommune: string; inngaende: number; utgaende: number }[];
  readonly helpdesk: readonly { enhet: string; saker: number }[];
  /** Sheet Brukere: its municipality columns, and per year the users in those columns. */
  readonly brukereKommuner: readonly string[];
  readonly brukere: readonly { aar: number; brukere: readonly number[] }[];
}

function fromDataModule(): Example {
  const lines: Line[] = data.regnskap.map((l, i) => ({
    where: `data regnskap[${i}]`,
    ansvar: String(l[0]),
    art: String(l[1]),
    funksjon: String(l[2]),
    tekst: l[3],
    regnskap: ore(l[4], `regnskap[${i}] regnskap`),
    regulert: ore(l[5], `regnskap[${i}] regulert`),
    opprinnelig: ore(l[6], `regnskap[${i}] opprinnelig`),
    fjor: ore(l[7], `regnskap[${i}] i fjor`),
  }));
  // The data module has no subtotal rows: every group must be one contiguous run (the build
  // script writes one "Sum ansvar" row after each run).
  const subtotals: Subtotal[] = [];
  for (const line of lines) {
    const last = subtotals[subtotals.length - 1];
    if (last && last.ansvar === line.ansvar) (last.lines as Line[]).push(line);
    else subtotals.push({ where: `data group ${line.ansvar}`, ansvar: line.ansvar, sums: [0n, 0n, 0n, 0n], lines: [line] });
  }
  const groups = subtotals.map((s) => ({
    ...s,
    sums: [
      sum(s.lines.map((l) => l.regnskap)),
      sum(s.lines.map((l) => l.regulert)),
      sum(s.lines.map((l) => l.opprinnelig)),
      sum(s.lines.map((l) => l.fjor)),
    ] as const,
  }));
  return {
    settings: new Map(data.oppsett.map((s) => [s.key, String(s.value)])),
    ansvar: data.ansvar.map((a) => ({ ansvar: String(a.ansvar), navn: a.navn, fond: a.fond === null ? '' : String(a.fond), forklaring: a.forklaring.trim() })),
    lines,
    subtotals: groups,
    fond: data.fond.map((f, i) => ({
      fond: String(f.fond),
      navn: f.navn,
      ib: ore(f.inngaendeBalanse, `fond[${i}] IB`),
      avsetning: ore(f.avsetning, `fond[${i}] avsetning`),
      bruk: ore(f.bruk, `fond[${i}] bruk`),
      ub: ore(f.utgaendeBalanse, `fond[${i}] UB`),
    })),
    vedtatte: data.vedtatteAvsetninger.map((v, i) => ({ fond: String(v.fond), belop: ore(v.belop, `vedtatte[${i}]`), vedtak: v.vedtak })),
    refusjon: data.refusjon.map((r, i) => ({ kommune: r.kommune, belop: ore(r.belop, `refusjon[${i}]`) })),
    styre: data.styre.map((s) => ({ ...s })),
    feide: data.feide.map((f) => ({ ...f })),
    brev: data.brev.map((b) => ({ ...b })),
    helpdesk: data.helpdesk.map((h) => ({ ...h })),
    brukereKommuner: [...data.BRUKERE_KOMMUNER],
    brukere: data.brukere.map((b) => ({ aar: b.aar, brukere: [...b.brukere] })),
  };
}

// --- reading the workbook -------------------------------------------------------------------

interface SheetTable {
  readonly name: string;
  readonly header: ReadonlyMap<string, number>;
  readonly rows: readonly ExcelJS.Row[];
}

function table(workbook: ExcelJS.Workbook, name: string, headers: readonly string[]): SheetTable {
  const sheet = workbook.worksheets.find((ws) => ws.name.trim().toLowerCase() === name.toLowerCase());
  if (!sheet) throw new Error(`Sheet ${name} is missing`);
  const headerRow = sheet.getRow(1);
  const header = new Map<string, number>();
  headerRow.eachCell((cell, col) => header.set(String(cell.value).trim().toLowerCase(), col));
  for (const h of headers) if (!header.has(h.toLowerCase())) throw new Error(`${name}: column ${h} is missing`);
  const rows: ExcelJS.Row[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (row.cellCount === 0 || (row.values as unknown[]).every((v) => v === null || v === undefined || v === '')) continue;
    rows.push(row);
  }
  return { name, header, rows };
}

function cell(t: SheetTable, row: ExcelJS.Row, header: string): ExcelJS.Cell {
  const col = t.header.get(header.toLowerCase());
  if (col === undefined) throw new Error(`${t.name}: no column ${header}`);
  return row.getCell(col);
}

function where(t: SheetTable, c: ExcelJS.Cell): string {
  return `${t.name}!${c.address}`;
}

function numberOf(t: SheetTable, row: ExcelJS.Row, header: string, optional = false): number {
  const c = cell(t, row, header);
  const v = c.value;
  if (typeof v === 'number') return v;
  // A formula: its cached result. Read cell.result, not cell.value.result: exceljs leaves a
  // falsy result (a sum of 0) out of cell.value.
  if (c.type === ExcelJS.ValueType.Formula && typeof c.result === 'number') return c.result;
  if (optional && (v === null || v === undefined)) return 0;
  throw new Error(`${where(t, c)}: expected a number, found ${JSON.stringify(v)}`);
}

function amountOf(t: SheetTable, row: ExcelJS.Row, header: string, optional = false): bigint {
  return ore(numberOf(t, row, header, optional), where(t, cell(t, row, header)));
}

function countOf(t: SheetTable, row: ExcelJS.Row, header: string): number {
  const n = numberOf(t, row, header);
  if (!Number.isInteger(n)) throw new Error(`${where(t, cell(t, row, header))}: expected a whole number, found ${n}`);
  return n;
}

function codeOf(t: SheetTable, row: ExcelJS.Row, header: string): string {
  const c = cell(t, row, header);
  const v = c.value;
  const text = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
  if (!/^\d+$/.test(text)) throw new Error(`${where(t, c)}: expected a code, found ${JSON.stringify(v)}`);
  return text;
}

function textOf(t: SheetTable, row: ExcelJS.Row, header: string): string {
  const v = cell(t, row, header).value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('').trim();
  if (typeof v === 'object' && 'text' in v) return String(v.text).trim();
  throw new Error(`${where(t, cell(t, row, header))}: unexpected value ${JSON.stringify(v)}`);
}

async function fromWorkbook(file: string): Promise<Example> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);

  const oppsett = table(workbook, 'Oppsett', ['Nøkkel', 'Verdi']);
  const settings = new Map(oppsett.rows.map((r) => [textOf(oppsett, r, 'Nøkkel'), textOf(oppsett, r, 'Verdi')]));

  const ansvarT = table(workbook, 'Ansvar', ['Ansvar', 'Navn', 'Fond', 'Forklaring']);
  const ansvar = ansvarT.rows.map((r) => ({
    ansvar: codeOf(ansvarT, r, 'Ansvar'),
    navn: textOf(ansvarT, r, 'Navn'),
    fond: textOf(ansvarT, r, 'Fond'),
    forklaring: textOf(ansvarT, r, 'Forklaring'),
  }));

  const amountHeaders = ['Regnskap', 'Regulert budsjett', 'Opprinnelig budsjett', 'Regnskap i fjor'] as const;
  const regnskapT = table(workbook, 'Regnskap', ['Ansvar', 'Art', 'Funksjon', 'Tekst', ...amountHeaders]);
  const lines: Line[] = [];
  const subtotals: Subtotal[] = [];
  let group: Line[] = [];
  let groupFirstRow = 0;
  for (const row of regnskapT.rows) {
    const first = cell(regnskapT, row, 'Ansvar');
    if (typeof first.value === 'string' && /^sum\b/i.test(first.value.trim())) {
      const m = /^sum ansvar (\d+)$/i.exec(first.value.trim());
      if (!m) throw new Error(`${where(regnskapT, first)}: unexpected subtotal text ${first.value}`);
      const sums = amountHeaders.map((h) => amountOf(regnskapT, row, h)) as unknown as [bigint, bigint, bigint, bigint];
      const formulas = amountHeaders.map((h) => {
        const c = cell(regnskapT, row, h);
        return c.type === ExcelJS.ValueType.Formula ? c.formula : '';
      });
      subtotals.push({
        where: where(regnskapT, first),
        ansvar: m[1] ?? '',
        sums,
        formulas,
        lines: group,
        firstRow: groupFirstRow,
        lastRow: row.number - 1,
      });
      group = [];
      continue;
    }
    const line: Line = {
      where: `${regnskapT.name}!A${row.number}`,
      ansvar: codeOf(regnskapT, row, 'Ansvar'),
      art: codeOf(regnskapT, row, 'Art'),
      funksjon: codeOf(regnskapT, row, 'Funksjon'),
      tekst: textOf(regnskapT, row, 'Tekst'),
      regnskap: amountOf(regnskapT, row, 'Regnskap'),
      regulert: amountOf(regnskapT, row, 'Regulert budsjett'),
      opprinnelig: amountOf(regnskapT, row, 'Opprinnelig budsjett', true),
      fjor: amountOf(regnskapT, row, 'Regnskap i fjor', true),
    };
    if (group.length === 0) groupFirstRow = row.number;
    group.push(line);
    lines.push(line);
  }
  if (group.length > 0) throw new Error(`Regnskap: ${group.length} lines after the last subtotal row`);

  const fondT = table(workbook, 'Fond', ['Fond', 'Navn', 'Inngående balanse', 'Avsetning', 'Bruk', 'Utgående balanse']);
  const fond = fondT.rows.map((r) => ({
    fond: codeOf(fondT, r, 'Fond'),
    navn: textOf(fondT, r, 'Navn'),
    ib: amountOf(fondT, r, 'Inngående balanse'),
    avsetning: amountOf(fondT, r, 'Avsetning', true),
    bruk: amountOf(fondT, r, 'Bruk', true),
    ub: amountOf(fondT, r, 'Utgående balanse'),
  }));

  const vedtattT = table(workbook, 'Vedtatte avsetninger', ['Fond', 'Beløp', 'Vedtak']);
  const vedtatte = vedtattT.rows.map((r) => ({ fond: codeOf(vedtattT, r, 'Fond'), belop: amountOf(vedtattT, r, 'Beløp'), vedtak: textOf(vedtattT, r, 'Vedtak') }));

  const refusjonT = table(workbook, 'Refusjon', ['Kommune', 'Beløp']);
  const refusjon = refusjonT.rows.map((r) => ({ kommune: textOf(refusjonT, r, 'Kommune'), belop: amountOf(refusjonT, r, 'Beløp') }));

  const styreT = table(workbook, 'Styre', ['Navn', 'Rolle', 'E-post']);
  const styre = styreT.rows.map((r) => ({ navn: textOf(styreT, r, 'Navn'), rolle: textOf(styreT, r, 'Rolle'), epost: textOf(styreT, r, 'E-post') }));

  const feideT = table(workbook, 'Feide', ['Kommune', 'Innlogginger']);
  const feide = feideT.rows.map((r) => ({ kommune: textOf(feideT, r, 'Kommune'), innlogginger: countOf(feideT, r, 'Innlogginger') }));

  const brevT = table(workbook, 'Brev', ['Kommune', 'Inngående', 'Utgående']);
  const brev = brevT.rows.map((r) => ({ kommune: textOf(brevT, r, 'Kommune'), inngaende: countOf(brevT, r, 'Inngående'), utgaende: countOf(brevT, r, 'Utgående') }));

  const helpdeskT = table(workbook, 'Helpdesk', ['Enhet', 'Saker']);
  const helpdesk = helpdeskT.rows.map((r) => ({ enhet: textOf(helpdeskT, r, 'Enhet'), saker: countOf(helpdeskT, r, 'Saker') }));

  const brukereSheet = workbook.worksheets.find((ws) => ws.name === 'Brukere');
  const brukereHeaders: string[] = [];
  brukereSheet?.getRow(1).eachCell((c) => brukereHeaders.push(String(c.value).trim()));
  const brukereKommuner = brukereHeaders.slice(1);
  const brukereT = table(workbook, 'Brukere', ['År', ...brukereKommuner]);
  const brukere = brukereT.rows.map((r) => ({ aar: countOf(brukereT, r, 'År'), brukere: brukereKommuner.map((k) => countOf(brukereT, r, k)) }));

  return { settings, ansvar, lines, subtotals, fond, vedtatte, refusjon, styre, feide, brev, helpdesk, brukereKommuner, brukere };
}

// ---------------------------------------------------------------------------------------------
// The checks

function sum(values: Iterable<bigint>): bigint {
  let total = 0n;
  for (const v of values) total += v;
  return total;
}

class Report {
  failures = 0;

  constructor(private readonly label: string) {
    console.log(`\n== ${label}`);
  }

  figure(name: string, actual: string, expected: string): void {
    const ok = actual === expected;
    if (!ok) this.failures++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${actual}${ok ? '' : `   (expected ${expected})`}`);
  }

  condition(name: string, ok: boolean, detail = ''): void {
    if (!ok) this.failures++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
  }
}

function checkExample(example: Example, label: string): number {
  const r = new Report(label);

  // Oppsett
  r.figure('Oppsett Selskap', example.settings.get('Selskap') ?? '', 'IKT Indre Namdal IKS');
  r.figure('Oppsett År', example.settings.get('År') ?? '', '2017');
  r.figure('Oppsett Rapporttittel', example.settings.get('Rapporttittel') ?? '', 'Årsmelding 2017');
  r.figure('Oppsett Standardfond', example.settings.get('Standardfond') ?? '', STANDARD_FUND);

  // Ansvar and ledger agree on the set of ansvar
  const codes = example.ansvar.map((a) => a.ansvar);
  r.figure('Ansvar codes', codes.join(' '), [...EXPECTED_AVVIK_KR.keys()].join(' '));
  r.condition('Ansvar codes unique', new Set(codes).size === codes.length);
  const unknown = example.lines.filter((l) => !codes.includes(l.ansvar));
  r.condition('every ledger line has a known ansvar', unknown.length === 0, unknown.map((l) => l.where).join(', '));
  r.figure('ledger lines', String(example.lines.length), String(data.regnskap.length));
  r.condition('ledger lines between 80 and 140', example.lines.length >= 80 && example.lines.length <= 140);

  // Avvik per ansvar
  const avvik = new Map<string, bigint>();
  const grossExpenseBudget = new Map<string, bigint>();
  for (const code of codes) {
    const own = example.lines.filter((l) => l.ansvar === code);
    avvik.set(code, sum(own.map((l) => l.regulert)) - sum(own.map((l) => l.regnskap)));
    grossExpenseBudget.set(code, sum(own.filter((l) => kostraArt(l.art) >= 10 && kostraArt(l.art) <= 599).map((l) => l.regulert)));
  }
  let wholeOre = 0;
  for (const [code, expected] of EXPECTED_AVVIK_KR) {
    const a = avvik.get(code) ?? 0n;
    if (a % 100n === 0n) wholeOre++;
    r.figure(`avvik ${code} (${formatOre(a)})`, formatKroner(roundToKroner(a)), formatKroner(expected));
  }
  r.condition('most avvik carry øre', wholeOre <= 3, `${wholeOre} of 13 are whole kroner`);

  const result = sum(avvik.values());
  r.figure('regnskapsmessig mindreforbruk (øre)', result.toString(), EXPECTED_RESULT_ORE.toString());
  const vedtatt = sum(example.vedtatte.map((v) => v.belop));
  r.figure('vedtatte avsetninger (øre)', vedtatt.toString(), EXPECTED_VEDTATT_ORE.toString());
  r.condition('vedtatte avsetninger go to known funds', example.vedtatte.every((v) => example.fond.some((f) => f.fond === v.fond)));
  const udisponert = result - vedtatt;
  r.figure('udisponert (øre)', udisponert.toString(), EXPECTED_UDISPONERT_ORE.toString());

  const dedicatedAnsvar = example.ansvar.filter((a) => a.fond !== '');
  r.figure('ansvar with a dedicated fund', dedicatedAnsvar.map((a) => `${a.ansvar}→${a.fond}`).join(' '), `1011→${DEDICATED_FUND}`);
  const dedicated = sum(dedicatedAnsvar.map((a) => avvik.get(a.ansvar) ?? 0n));
  r.figure(`to ${DEDICATED_FUND} (${formatOre(dedicated)})`, formatKroner(roundToKroner(dedicated)), formatKroner(EXPECTED_DEDICATED_KR));
  const rest = udisponert - dedicated;
  r.figure(`to ${STANDARD_FUND} (${formatOre(rest)})`, formatKroner(roundToKroner(rest)), formatKroner(EXPECTED_STANDARD_KR));

  // Budget balance
  r.figure('Σ regulert budsjett', formatOre(sum(example.lines.map((l) => l.regulert))), formatOre(0n));
  r.figure('Σ opprinnelig budsjett', formatOre(sum(example.lines.map((l) => l.opprinnelig))), formatOre(0n));
  for (const code of codes) {
    const gross = grossExpenseBudget.get(code) ?? 0n;
    r.condition(`gross expense budget ${code} > 0`, gross > 0n, formatOre(gross));
  }

  // Material deviations need an explanation
  for (const a of example.ansvar) {
    const v = avvik.get(a.ansvar) ?? 0n;
    const material = (v < 0n ? -v : v) >= MATERIAL_ORE;
    if (material) r.condition(`Forklaring for material avvik ${a.ansvar}`, a.forklaring !== '', a.forklaring || 'missing');
  }

  // Funds
  const ib = sum(example.fond.map((f) => f.ib));
  const ub = sum(example.fond.map((f) => f.ub));
  r.figure('Σ inngående balanse fond (øre)', ib.toString(), EXPECTED_IB_ORE.toString());
  r.figure('Σ utgående balanse fond (øre)', ub.toString(), EXPECTED_UB_ORE.toString());
  for (const f of example.fond) {
    r.figure(`UB = IB + avsetning − bruk, fond ${f.fond}`, formatOre(f.ib + f.avsetning - f.bruk), formatOre(f.ub));
  }
  r.figure('fonds', example.fond.map((f) => f.fond).join(' '), `${STANDARD_FUND} ${DEDICATED_FUND}`);
  const useLines = example.lines.filter((l) => kostraArt(l.art) === 940);
  const use = sum(useLines.map((l) => l.regnskap));
  r.figure('bruk av disposisjonsfond, art 940 (øre)', use.toString(), EXPECTED_FUND_USE_ORE.toString());
  r.condition('art 940 only on ansvar 1002/1008/1009', useLines.every((l) => FUND_USE_ANSVAR.has(l.ansvar)));
  r.figure(`fond ${STANDARD_FUND} bruk`, formatOre(example.fond.find((f) => f.fond === STANDARD_FUND)?.bruk ?? -1n), formatOre(-EXPECTED_FUND_USE_ORE));
  r.figure('Σ avsetning fond', formatOre(sum(example.fond.map((f) => f.avsetning))), formatOre(0n));

  // Refunds
  const refundLines = sum(example.lines.filter((l) => kostraArt(l.art) === 750).map((l) => l.regnskap));
  r.figure('Σ Refusjon (sheet)', formatOre(sum(example.refusjon.map((x) => x.belop))), formatOre(-refundLines));
  r.figure('Refusjon kommuner', example.refusjon.map((x) => x.kommune).join(' '), 'Grong Høylandet Lierne Namsskogan Røyrvik Snåsa');
  r.condition('Refusjon amounts positive', example.refusjon.every((x) => x.belop > 0n));

  // Styre
  r.figure('Styre', example.styre.map((s) => `${s.navn} (${s.rolle.toLowerCase()})`).join(', '), 'Karl Audun Fagerli (styreleder), Svein Helland (nestleder), Liv Elden Djokoto (styremedlem)');
  r.condition('Styre e-mail under example.no', example.styre.every((s) => /^[a-z.]+@example\.no$/.test(s.epost)));

  // Key figures
  const total = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
  r.figure('Σ Feide innlogginger', String(total(example.feide.map((f) => f.innlogginger))), String(EXPECTED_FEIDE));
  r.figure('Feide kommuner', example.feide.map((f) => f.kommune).sort().join(' '), KOMMUNER);
  r.figure('Σ Brev inngående', String(total(example.brev.map((b) => b.inngaende))), String(EXPECTED_BREV_INN));
  r.figure('Σ Brev utgående', String(total(example.brev.map((b) => b.utgaende))), String(EXPECTED_BREV_UT));
  r.figure('Brev kommuner', example.brev.map((b) => b.kommune).join(' '), KOMMUNER);
  r.figure('Σ Helpdesk saker', String(total(example.helpdesk.map((h) => h.saker))), String(EXPECTED_HELPDESK));
  r.figure('Helpdesk enheter', example.helpdesk.map((h) => h.enhet).join(' '), `${KOMMUNER} IKTIN`);
  r.figure('Brukere kommuner', example.brukereKommuner.join(' '), KOMMUNER);
  r.figure('Brukere år', example.brukere.map((b) => b.aar).join(' '), Array.from({ length: 14 }, (_, i) => 2004 + i).join(' '));
  const usersIn = (year: number): number => total(example.brukere.find((b) => b.aar === year)?.brukere ?? []);
  for (const [year, about] of ABOUT_USERS) {
    r.condition(`Brukere ${year} about ${about}`, Math.abs(usersIn(year) - about) <= about * 0.02, String(usersIn(year)));
  }
  r.condition('Brukere rise sharply from 2012 (new ASP solution)', usersIn(2012) >= 1.5 * usersIn(2011), `${usersIn(2011)} → ${usersIn(2012)}`);
  r.condition('Brukere counts positive, one per municipality', example.brukere.every((b) => b.brukere.length === 6 && b.brukere.every((n) => n > 0)));

  // Subtotals: one per ansvar, in order, each equal to the lines it closes
  r.figure('subtotal groups', example.subtotals.map((s) => s.ansvar).join(' '), codes.join(' '));
  for (const s of example.subtotals) {
    const own = s.lines;
    const expected = [
      sum(own.map((l) => l.regnskap)),
      sum(own.map((l) => l.regulert)),
      sum(own.map((l) => l.opprinnelig)),
      sum(own.map((l) => l.fjor)),
    ];
    const sameAnsvar = own.length > 0 && own.every((l) => l.ansvar === s.ansvar);
    const sumsOk = s.sums.every((v, i) => v === expected[i]);
    let formulasOk = true;
    if (s.formulas) {
      formulasOk = s.formulas.every((f, i) => f === `SUM(${'EFGH'[i]}${s.firstRow}:${'EFGH'[i]}${s.lastRow})`);
    }
    r.condition(
      `subtotal ${s.where} (${s.ansvar})`,
      sameAnsvar && sumsOk && formulasOk,
      `${own.length} lines, regnskap ${formatOre(s.sums[0])}${s.formulas ? `, ${s.formulas.join(' ')}` : ''}`,
    );
  }
  return r.failures;
}

/** The workbook must hold exactly the data module's rows. */
function compareWithData(file: Example, source: Example): number {
  const r = new Report('workbook rows equal the data module');
  const key = (l: Line): string => [l.ansvar, l.art, l.funksjon, l.tekst, l.regnskap, l.regulert, l.opprinnelig, l.fjor].join('|');
  const differing = file.lines.filter((l, i) => source.lines[i] === undefined || key(l) !== key(source.lines[i] as Line));
  r.condition('Regnskap lines', file.lines.length === source.lines.length && differing.length === 0, differing.map((l) => l.where).join(', '));
  const json = (x: unknown): string => JSON.stringify(x, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  r.condition('Ansvar', json(file.ansvar) === json(source.ansvar));
  r.condition('Fond', json(file.fond) === json(source.fond));
  r.condition('Vedtatte avsetninger', json(file.vedtatte) === json(source.vedtatte));
  r.condition('Refusjon', json(file.refusjon) === json(source.refusjon));
  r.condition('Styre', json(file.styre) === json(source.styre));
  r.condition('Feide', json(file.feide) === json(source.feide));
  r.condition('Brev', json(file.brev) === json(source.brev));
  r.condition('Helpdesk', json(file.helpdesk) === json(source.helpdesk));
  r.condition('Brukere', json(file.brukereKommuner) === json(source.brukereKommuner) && json(file.brukere) === json(source.brukere));
  r.condition('Oppsett', json([...file.settings]) === json([...source.settings]));
  return r.failures;
}

async function main(): Promise<void> {
  const file = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'examples', 'ikt-indre-namdal-2017.xlsx'));
  const source = fromDataModule();
  let failures = checkExample(source, 'data module examples/ikt-indre-namdal-2017.data.ts');
  const written = await fromWorkbook(file);
  failures += checkExample(written, `workbook ${path.relative(process.cwd(), file)}`);
  failures += compareWithData(written, source);
  console.log(failures === 0 ? '\nAll figures match.' : `\n${failures} mismatch(es).`);
  if (failures > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
