/**
 * Catalogue, family "text": what a workbook's text does on its way into the document and the
 * task pane.
 * - `& < > " '` and `<img src=x onerror=…>` in every text that reaches the document come out
 *   literally (escaped in the XML, never markup), and every XML part still validates.
 * - C0 control characters and U+FFFE/U+FFFF (which XML forbids; Excel writes them as _x0001_)
 *   are removed with a forbidden-characters warning at their cell, and the document validates.
 * - The task pane builds its findings and figures with textContent only: checked here with a
 *   stand-in `document` that records what is built and refuses innerHTML (no jsdom is installed).
 */
import { readFileSync } from 'fs';
import JSZip from 'jszip';
import { join } from 'path';
import { SaxesParser } from 'saxes';
import { exceljsFileSource } from '../../src/adapters/exceljs/exceljs-source';
import type { Finding } from '../../src/core/findings/finding';
import { analyseSource, type Analysis } from '../../src/core/pipeline';
import { summarize } from '../../src/report/summary';
import { fillTemplate } from '../../src/report/template/fill-template';
import { stringsFor } from '../../src/taskpane/i18n';
import { renderFindings } from '../../src/taskpane/render-findings';
import { renderSummary } from '../../src/taskpane/render-summary';
import { docxText } from '../helpers/docx-text';
import { makeTemplate } from '../helpers/make-template';
import type { XlsxCell } from '../helpers/write-xlsx';
import { bytesOf, expectEveryPartValid, expectQuiet, filesIn, freshDir, full, run, withCell, writeWorkbook, type Sheets } from './catalogue-helpers';

/** Where a text shows: the body, a footer, the document properties, a chart, or nowhere. */
type Place = 'body' | 'footer' | 'properties' | 'chart';

interface TextField {
  readonly label: string;
  readonly sheet: string;
  /** 1-based row, 0-based column, as in withCell. */
  readonly row: number;
  readonly column: number;
  readonly cell: string;
  readonly shows: readonly Place[];
}

/** Every text of the workbook the default template prints, and two it does not. */
const FIELDS: readonly TextField[] = [
  { label: 'SELSKAP', sheet: 'Oppsett', row: 2, column: 1, cell: 'Oppsett!B2', shows: ['body', 'footer', 'properties'] },
  { label: 'TITTEL', sheet: 'Oppsett', row: 6, column: 1, cell: 'Oppsett!B6', shows: ['body', 'footer', 'properties'] },
  { label: 'ANSVARNAVN', sheet: 'Ansvar', row: 2, column: 1, cell: 'Ansvar!B2', shows: ['body', 'chart'] },
  { label: 'FORKLARING', sheet: 'Ansvar', row: 2, column: 3, cell: 'Ansvar!D2', shows: ['body'] },
  { label: 'FONDNAVN', sheet: 'Fond', row: 2, column: 1, cell: 'Fond!B2', shows: ['body'] },
  { label: 'KOMMUNE', sheet: 'Refusjon', row: 2, column: 0, cell: 'Refusjon!A2', shows: ['chart'] },
  { label: 'BRUKERKOMMUNE', sheet: 'Brukere', row: 1, column: 1, cell: 'Brukere!B1', shows: ['chart'] },
  { label: 'FEIDECELLE', sheet: 'Feide', row: 2, column: 0, cell: 'Feide!A2', shows: ['body'] },
  { label: 'FEIDEHODE', sheet: 'Feide', row: 1, column: 1, cell: 'Feide!B1', shows: ['body'] },
  { label: 'VEDTAK', sheet: 'Vedtatte avsetninger', row: 2, column: 2, cell: 'Vedtatte avsetninger!C2', shows: [] },
  { label: 'LEDGERTEKST', sheet: 'Regnskap', row: 2, column: 5, cell: 'Regnskap!F2', shows: [] },
];

/** The base: full(), a Rapporttittel row, a ledger Tekst column, and Administrasjon's deviation material so that its Forklaring is printed. */
function base(): Sheets {
  let sheets = withCell(withCell(full(), 'Oppsett', 6, 0, 'Rapporttittel'), 'Oppsett', 6, 1, 'Tittel');
  sheets = withCell(withCell(sheets, 'Regnskap', 1, 5, 'Tekst'), 'Regnskap', 2, 3, 160000);
  return withCell(sheets, 'Ansvar', 2, 3, 'Forklaring');
}

const withFields = (text: (f: TextField) => XlsxCell): Sheets =>
  FIELDS.reduce((sheets, f) => withCell(sheets, f.sheet, f.row, f.column, text(f)), base());

/** Every text node of an XML part, in order. */
function texts(xml: string): string[] {
  const out: string[] = [];
  const parser = new SaxesParser();
  parser.on('text', (t) => out.push(t));
  parser.write(xml).close();
  return out;
}

/** The text of each place in a .docx: body paragraphs, and the text nodes of footers, core properties and charts. */
async function placesOf(docx: Uint8Array): Promise<Record<Place, string[]>> {
  const zip = await JSZip.loadAsync(docx);
  const partTexts = async (re: RegExp) => (await Promise.all(Object.keys(zip.files).filter((n) => re.test(n))
    .map(async (n) => texts(await zip.file(n)!.async('string'))))).flat();
  return {
    body: await docxText(docx),
    footer: (await Promise.all(Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n))
      .map(async (n) => texts(await zip.file(n)!.async('string')).join('')))),
    properties: await partTexts(/^docProps\/core\.xml$/),
    chart: await partTexts(/^word\/charts\/chart\d+\.xml$/),
  };
}

async function allXml(docx: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const names = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n));
  return (await Promise.all(names.map((n) => zip.file(n)!.async('string')))).join('\n');
}

describe('catalogue: & < > " \' and <img onerror=…> in every text reach the document literally', () => {
  const markup = (label: string) => `${label} & < > " ' <img src=x onerror=alert('${label}')>`;
  let places: Record<Place, string[]>;
  let xml: string;

  beforeAll(async () => {
    const dir = freshDir('tekst');
    const workbook = await writeWorkbook(withFields((f) => markup(f.label)), {}, dir);
    const before = bytesOf(workbook);
    const out = join(dir, 'rapport.docx');
    const r = await run('generate', workbook, '--out', out, '--eml', join(dir, 'utkast.eml'));
    expectQuiet(r, 0);
    expect(r.stdout).not.toMatch(/^(ERROR|WARNING) /m);
    expect(filesIn(dir)).toEqual(['arbeidsbok.xlsx', 'rapport.docx', 'utkast.eml']);
    expect(bytesOf(workbook).equals(before)).toBe(true);
    const docx = readFileSync(out);
    await expectEveryPartValid(docx);
    places = await placesOf(docx);
    xml = await allXml(docx);
  });

  it.each(FIELDS.map((f) => [`${f.cell} (${f.shows.length === 0 ? 'never printed' : f.shows.join(', ')})`, f] as const))('%s', (_name, f) => {
    for (const place of ['body', 'footer', 'properties', 'chart'] as const) {
      const shown = places[place].some((t) => t.includes(markup(f.label)));
      expect([place, shown]).toEqual([place, f.shows.includes(place)]);
    }
    // Never as markup: no part holds the tag unescaped.
    expect(xml).not.toContain(`<img src=x onerror=alert('${f.label}')>`);
  });
});

describe('catalogue: C0 controls and U+FFFE/U+FFFF in names are removed with a warning', () => {
  // How Excel writes characters XML forbids into sharedStrings.xml; exceljs reads them back as the characters.
  const dirty = (label: string) => `${label}_x0001_ A_x0007_B_x000B__x001F_ C_xFFFE__xFFFF_`;
  const clean = (label: string) => `${label} AB C`;
  const printed = FIELDS.filter((f) => f.shows.length > 0);
  let findings: { severity: string; code: string; location: string }[];
  let places: Record<Place, string[]>;

  beforeAll(async () => {
    const dir = freshDir('kontroll');
    const workbook = await writeWorkbook(withFields((f) => (f.shows.length > 0 ? dirty(f.label) : f.label)), {}, dir);
    const before = bytesOf(workbook);
    const checked = await run('check', '--json', workbook);
    expectQuiet(checked, 0);
    findings = (JSON.parse(checked.stdout) as { findings: typeof findings }).findings;
    const out = join(dir, 'rapport.docx');
    expectQuiet(await run('generate', workbook, '--out', out), 0);
    expect(bytesOf(workbook).equals(before)).toBe(true);
    const docx = readFileSync(out);
    await expectEveryPartValid(docx);
    places = await placesOf(docx);
  });

  it('gives exactly one forbidden-characters warning per dirty cell, and nothing else', () => {
    expect(findings.map((f) => [f.severity, f.code, f.location]).sort()).toEqual(
      printed.map((f) => ['warning', 'forbidden-characters', f.cell]).sort());
  });

  it.each(printed.map((f) => [f.cell, f] as const))('%s: shown without the characters', (_name, f) => {
    for (const place of f.shows) expect([place, places[place].some((t) => t.includes(clean(f.label)))]).toEqual([place, true]);
  });
});

/** A stand-in for the DOM: records what the task pane builds; parsing HTML throws. */
class FakeElement {
  readonly children: FakeElement[] = [];
  readonly attributes = new Map<string, string>();
  className = '';
  private text: string | undefined;
  constructor(readonly tagName: string) {}
  set textContent(value: string) {
    this.text = value;
    this.children.length = 0;
  }
  get textContent(): string {
    return this.text ?? this.children.map((c) => c.textContent).join('');
  }
  set innerHTML(_value: string) { throw new Error('innerHTML used'); }
  set outerHTML(_value: string) { throw new Error('outerHTML used'); }
  insertAdjacentHTML(): void { throw new Error('insertAdjacentHTML used'); }
  setAttribute(name: string, value: string): void { this.attributes.set(name, value); }
  appendChild(child: FakeElement): FakeElement { this.children.push(child); return child; }
  addEventListener(): void { /* clicks are not tested here */ }
  /** Every element of the tree. */
  all(): FakeElement[] { return [this, ...this.children.flatMap((c) => c.all())]; }
}

describe('catalogue: the task pane shows workbook and template text as text', () => {
  const IMG = '<img src=x onerror=alert(1)>';
  const strings = stringsFor('nb-NO');
  const created: string[] = [];
  let analysisWithErrors: Analysis;
  let analysisOk: Analysis;

  beforeAll(async () => {
    (globalThis as { document?: unknown }).document = {
      createElement: (tag: string) => { created.push(tag); return new FakeElement(tag); },
    };
    // An amount cell holding markup (its text is quoted in the finding), and a fund and an organisation named with markup.
    analysisWithErrors = await analyseSource(exceljsFileSource(await writeWorkbook(withCell(full(), 'Regnskap', 2, 3, IMG))));
    analysisOk = await analyseSource(exceljsFileSource(await writeWorkbook(
      withCell(withCell(full(), 'Fond', 2, 1, `Fond & ${IMG}`), 'Oppsett', 2, 1, `Selskap "${IMG}"`))));
  });
  afterAll(() => {
    delete (globalThis as { document?: unknown }).document;
  });

  const render = (findings: readonly Finding[]) => renderFindings(findings, strings, () => undefined) as unknown as FakeElement;

  it.each([
    ['a finding that quotes a cell holding markup (Regnskap!D2)', () => analysisWithErrors.findings, `teksten «${IMG}»`],
    ['a template finding that quotes a paragraph holding markup', async () => {
      const filled = await fillTemplate({ name: `mal ${IMG}.docx`, bytes: await makeTemplate([`${IMG} {{tabell_ansvar}}`]) }, analysisOk);
      expect(filled.ok).toBe(false);
      return filled.findings;
    }, `avsnittet er «${IMG} {{tabell_ansvar}}»`],
  ] as const)('%s', async (_name, findingsOf, quoted) => {
    created.length = 0;
    const tree = render(await findingsOf());
    const nodes = tree.all();
    expect(nodes.some((n) => n.textContent.includes(quoted))).toBe(true);
    // Only the elements the pane builds itself; the markup stayed text.
    expect(new Set(created)).toEqual(new Set(['div', 'p', 'section', 'h2', 'ul', 'li', 'button', 'span']));
    // Attributes only the pane's own (set with setAttribute, never parsed): no onerror or src from the text.
    expect(new Set(nodes.flatMap((n) => [...n.attributes.keys()]))).toEqual(new Set(['type', 'data-location']));
  });

  it('the figures: a fund and the organisation named with markup', () => {
    created.length = 0;
    const summary = summarize(analysisOk);
    const tree = renderSummary(summary, strings) as unknown as FakeElement;
    expect(tree.all().some((n) => n.textContent.includes(`Fond & ${IMG}`))).toBe(true);
    expect(created).not.toContain('img');
  });
});
