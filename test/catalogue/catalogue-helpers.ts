/**
 * Shared pieces of the catalogue of bad inputs (test/catalogue/*.test.ts): workbooks written
 * inline with the features writeXlsx has no words for (hidden sheets and rows, merges), the
 * command line run in-process, the assertions every case makes (exit status, one line on
 * stderr without a stack trace, nothing written, the workbook untouched), and a check that
 * every XML part of a written document validates (expectEveryPartValid).
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readdirSync, readFileSync } from 'fs';
import JSZip from 'jszip';
import { tmpdir } from 'os';
import { join } from 'path';
import { SaxesParser } from 'saxes';
import { validateXML } from 'xmllint-wasm';
import { main } from '../../src/cli/main';
import { hasForbiddenXmlCharacters } from '../../src/core/read/xml-safe-text';
import { docxText } from '../helpers/docx-text';
import { smallSheets } from '../helpers/raw-workbook-builder';
import { expectValidDocx, formatInvalidParts, SCHEMA_DIR, validateParts, type XmlPart } from '../helpers/validate-ooxml';
import { captureOutput, type XlsxCell } from '../helpers/write-xlsx';
import { expectReadersAgree } from '../helpers/readers-agree';

export const ROOT = join(__dirname, '..', '..');
export const EXAMPLE = join(ROOT, 'examples', 'ikt-indre-namdal-2017.xlsx');
export const DEFAULT_TEMPLATE = join(ROOT, 'templates', 'arsmelding.docx');
export const FIXTURES = join(ROOT, 'test', 'fixtures');

export type Sheets = Record<string, XlsxCell[][]>;

export interface WorkbookOptions {
  /** Sheet name → how it is hidden. */
  readonly hiddenSheets?: Readonly<Record<string, 'hidden' | 'veryHidden'>>;
  /** Sheet name → hidden row numbers (1-based). */
  readonly hiddenRows?: Readonly<Record<string, readonly number[]>>;
  /** Sheet name → merged ranges ("D2:D3"). */
  readonly merges?: Readonly<Record<string, readonly string[]>>;
}

/** A fresh folder of its own for one case. */
export function freshDir(label = 'katalog'): string {
  return mkdtempSync(join(tmpdir(), `arsmelding-${label}-`));
}

/** Writes sheets given as row arrays to `dir/name` as a real .xlsx; returns its path. */
export async function writeWorkbook(sheets: Sheets, options: WorkbookOptions = {}, dir = freshDir(), name = 'arbeidsbok.xlsx'): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [sheetName, rows] of Object.entries(sheets)) {
    const state = options.hiddenSheets?.[sheetName];
    const sheet = workbook.addWorksheet(sheetName, state === undefined ? {} : { state });
    rows.forEach((row, i) => {
      row.forEach((value, c) => {
        if (value !== null && value !== undefined) sheet.getCell(i + 1, c + 1).value = value;
      });
    });
    for (const r of options.hiddenRows?.[sheetName] ?? []) sheet.getRow(r).hidden = true;
    for (const range of options.merges?.[sheetName] ?? []) sheet.mergeCells(range);
  }
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** smallSheets() as exceljs cell values. */
export function small(): Sheets {
  return smallSheets() as unknown as Sheets;
}

/**
 * smallSheets() with the optional sheets too (Refusjon, Styre, Brukere, and Feide, Brev and
 * Helpdesk, which the default template shows with {{tabell:NAME}}), so that every placeholder
 * of the default template has its source and every kind of text reaches the document.
 */
export function full(): Sheets {
  return {
    ...small(),
    Refusjon: [['Kommune', 'Beløp'], ['Grong', 60000], ['Snåsa', 40000]],
    Styre: [['Navn', 'Rolle', 'E-post'], ['Kari Nordmann', 'Styreleder', 'kari@example.no']],
    Brukere: [['År', 'Grong', 'Snåsa'], [2023, 120, 80], [2024, 125, 82]],
    Feide: [['Kommune', 'Innlogginger'], ['Grong', 1200], ['Snåsa', 800]],
    Brev: [['Kommune', 'Brev'], ['Grong', 300]],
    Helpdesk: [['Kommune', 'Saker'], ['Grong', 45]],
  };
}

/** Sets one cell (1-based row, 0-based column index as in the row arrays) of a copy of `sheets`. */
export function withCell(sheets: Sheets, sheet: string, row: number, column: number, value: XlsxCell): Sheets {
  const copy: Sheets = Object.fromEntries(Object.entries(sheets).map(([n, rows]) => [n, rows.map((r) => [...r])]));
  const rows = copy[sheet];
  if (rows === undefined) throw new Error(`no sheet ${sheet}`);
  while (rows.length < row) rows.push([]);
  const target = rows[row - 1]!;
  while (target.length <= column) target.push(null);
  target[column] = value;
  return copy;
}

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command line in-process, as `npx arsmelding …` would. */
export async function run(...argv: string[]): Promise<Run> {
  const { out, output } = captureOutput();
  const code = await main(argv, output);
  return { code, ...out };
}

/** A line of a JavaScript stack trace: "    at fn (file.js:12:34)". */
export const STACK_LINE = /\bat .*:\d+:\d+\)?/;

/** Exit 2: exactly one line on stderr, nothing on stdout, no stack trace anywhere. */
export function expectRefusal(r: Run, message?: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.endsWith('\n')).toBe(true);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/^arsmelding: /);
  expect(r.stderr).not.toMatch(/intern feil/);
  expect(r.stderr).not.toMatch(STACK_LINE);
  if (message !== undefined) expect(r.stderr.trimEnd()).toMatch(message);
}

/** Exit 1 or 0: nothing on stderr, no stack trace. */
export function expectQuiet(r: Run, code: 0 | 1): void {
  expect(r.stderr).toBe('');
  expect(r.stdout).not.toMatch(STACK_LINE);
  expect(r.stdout).not.toMatch(/intern feil|undefined|NaN|Infinity/);
  expect(r.code).toBe(code);
}

/** The files in a folder, sorted. */
export function filesIn(dir: string): string[] {
  return readdirSync(dir).sort();
}

/** Snapshot of a file's bytes, to prove after a run that it was not touched. */
export function bytesOf(path: string): Buffer {
  return readFileSync(path);
}

/** [severity, code, Sheet!A1] of one finding, as `check --json` prints it. */
export type FindingRow = readonly ['error' | 'warning', string, string];

interface JsonFinding {
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly location: string;
  readonly message: string;
  readonly hint: string;
}

export interface WorkbookCase {
  readonly name: string;
  readonly sheets: Sheets;
  readonly options?: WorkbookOptions;
  /** The exit status of both `check` and `generate`. */
  readonly exit: 0 | 1;
  /** Every finding `check --json` prints, in its order. */
  readonly findings: readonly FindingRow[];
  /** What the first finding's message and hint must say. */
  readonly message?: RegExp;
  readonly hint?: RegExp;
  /** Figures `check --json` must print (toMatchObject on its summary). */
  readonly summary?: Record<string, unknown>;
  /** Texts the generated document must show (each within one paragraph). */
  readonly documentShows?: readonly string[];
}

/** Text that must never reach a document or a message: a number gone wrong, a lost placeholder. */
export const BROKEN_TEXT = /NaN|Infinity|undefined|\[object Object\]|\{\{|\}\}/;

/**
 * One workbook case, end to end through the command line: `check --json` gives exactly the
 * findings expected, each with a message and a hint; `generate` exits the same way and writes
 * nothing when there are errors, or a document that validates against the OOXML schemas when
 * there are none; the workbook's bytes are the same afterwards.
 */
export async function runWorkbookCase(c: WorkbookCase): Promise<void> {
  const dir = freshDir();
  const workbook = await writeWorkbook(c.sheets, c.options ?? {}, dir);
  const before = bytesOf(workbook);
  // the fast path for large ledgers, forced, must find and compute exactly the same
  await expectReadersAgree(workbook);

  const checked = await run('check', '--json', workbook);
  expectQuiet(checked, c.exit);
  const json = JSON.parse(checked.stdout) as { findings: JsonFinding[]; summary: Record<string, unknown> };
  const findings = json.findings;
  if (c.summary !== undefined) expect(json.summary).toMatchObject(c.summary);
  expect(JSON.stringify(json.summary)).not.toMatch(/NaN|Infinity|null/);
  expect(findings.map((f) => [f.severity, f.code, f.location])).toEqual(c.findings);
  for (const f of findings) {
    expect(f.message.trim()).not.toBe('');
    expect(f.hint.trim()).not.toBe('');
    expect(`${f.message} ${f.hint}`).not.toMatch(BROKEN_TEXT);
  }
  if (c.message !== undefined) expect(findings[0]?.message).toMatch(c.message);
  if (c.hint !== undefined) expect(findings[0]?.hint).toMatch(c.hint);

  const target = join(dir, 'rapport.docx');
  const generated = await run('generate', workbook, '--out', target);
  expectQuiet(generated, c.exit);
  if (c.exit === 1) {
    expect(generated.stdout).toContain('Arbeidsboken har feil; ingen rapport er skrevet.');
    expect(filesIn(dir)).toEqual(['arbeidsbok.xlsx']);
  } else {
    expect(generated.stdout).toContain(`Skrev ${target}`);
    expect(filesIn(dir)).toEqual(['arbeidsbok.xlsx', 'rapport.docx']);
    const docx = readFileSync(target);
    await expectEveryPartValid(docx);
    const lines = await docxText(docx);
    expect(lines.join('\n')).not.toMatch(BROKEN_TEXT);
    for (const shown of c.documentShows ?? []) expect(lines.some((l) => l.includes(shown))).toBe(true);
  }
  expect(bytesOf(workbook).equals(before)).toBe(true);
}

const OPC_SCHEMAS = join(SCHEMA_DIR, 'opc-xsd');
const opcSchema = (file: string) => ({ fileName: file, contents: readFileSync(join(OPC_SCHEMAS, file), 'utf8') });

/** Validates parts against one self-contained OPC schema (relationships, content types). */
async function validateOpc(parts: readonly XmlPart[], schemaFile: string): Promise<string[]> {
  if (parts.length === 0) return [];
  const result = await validateXML({
    xml: parts.map((p, i) => ({ fileName: `p${i}_${p.part.replace(/[^A-Za-z0-9.]/g, '_')}`, contents: p.xml })),
    schema: [opcSchema(schemaFile)],
  });
  return result.valid ? [] : [`${schemaFile}: ${result.rawOutput.trim()}`];
}

/** The XML parts of a zip (a .docx, or the .xlsx behind a chart), and of every .xlsx inside it. */
async function xmlParts(bytes: Uint8Array, prefix = ''): Promise<XmlPart[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: XmlPart[] = [];
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    if (/\.(xml|rels)$/.test(entry.name)) parts.push({ part: `${prefix}${entry.name}`, xml: await entry.async('string') });
    else if (/\.xlsx$/.test(entry.name)) parts.push(...await xmlParts(await entry.async('uint8array'), `${prefix}${entry.name}!`));
  }
  return parts;
}

/**
 * Every XML part the product wrote, validated: the WordprocessingML and chart parts against
 * wml.xsd and dml-chart.xsd (expectValidDocx); the document properties against their schemas;
 * every relationship part and [Content_Types].xml against the OPC schemas; the sheets and
 * shared strings of the workbooks behind the charts against sml.xsd; and every part, including
 * docProps/core.xml (whose Dublin Core schemas are not here), well-formed and free of the
 * characters XML forbids.
 */
export async function expectEveryPartValid(docx: Uint8Array): Promise<void> {
  await expectValidDocx(docx);
  const parts = await xmlParts(docx);
  const problems: string[] = [];
  for (const p of parts) {
    try {
      const parser = new SaxesParser({ xmlns: true });
      parser.on('error', (e) => { throw e; });
      parser.on('doctype', () => { throw new Error('a DOCTYPE'); });
      parser.write(p.xml).close();
    } catch (error) {
      problems.push(`${p.part}: not well-formed: ${(error as Error).message}`);
    }
    if (hasForbiddenXmlCharacters(p.xml)) problems.push(`${p.part}: holds characters XML forbids`);
  }
  const named = (re: RegExp) => parts.filter((p) => re.test(p.part));
  const schemaResults = [
    ...await validateParts(named(/^docProps\/app\.xml$/), 'shared-documentPropertiesExtended.xsd'),
    ...await validateParts(named(/^docProps\/custom\.xml$/), 'shared-documentPropertiesCustom.xsd'),
    ...await validateParts(named(/!xl\/(worksheets\/sheet\d+|sharedStrings|workbook|styles)\.xml$/), 'sml.xsd'),
  ];
  const report = formatInvalidParts(schemaResults);
  if (report !== '') problems.push(report);
  problems.push(...await validateOpc(named(/\.rels$/), 'opc-relationships.xsd'));
  problems.push(...await validateOpc(named(/(^|!)\[Content_Types\]\.xml$/), 'opc-contentTypes.xsd'));
  expect(problems).toEqual([]);
}
