/**
 * A bounded fuzz test of the whole pipeline (fast-check, fixed seed, so every run of CI tries
 * the same inputs and a failure can be replayed):
 * (a) random cells of the example workbook, as the exceljs adapter read it, set to random
 *     values of every kind (numbers with many decimals, huge numbers, text with control
 *     characters and markup, error values, dates, booleans, formulas without a result, merged
 *     cells, nothing), through analyseWorkbook, the JSON summary and, when the workbook has no
 *     errors, fillTemplate with the default template;
 * (b) random mutations of the default template's word/document.xml (text inserted and
 *     deleted, runs duplicated and broken, braces and placeholder names inserted, paragraphs
 *     duplicated or dropped, closing tags removed, `<` and `&` put between tags, characters XML
 *     forbids), through fillTemplate.
 * Never a throw; every finding has a place, a message and a hint; a document that is made
 * validates against the OOXML schemas (every Nth, to keep the time down) and shows no NaN,
 * Infinity or placeholder.
 */
import fc from 'fast-check';
import { readFileSync } from 'fs';
import JSZip from 'jszip';
import { exceljsFileSource } from '../../src/adapters/exceljs/exceljs-source';
import type { Finding } from '../../src/core/findings/finding';
import { analyseWorkbook, type Analysis } from '../../src/core/pipeline';
import { cellAddress } from '../../src/core/workbook/address';
import type { CellValue, RawCell, RawRow, RawWorkbook } from '../../src/core/workbook/raw-workbook';
import { summarize } from '../../src/report/summary';
import { fillTemplate } from '../../src/report/template/fill-template';
import { docxText } from '../helpers/docx-text';
import { formatInvalidParts, validateDocx } from '../helpers/validate-ooxml';
import { DEFAULT_TEMPLATE, EXAMPLE } from './catalogue-helpers';

/** FUZZ_SEED and FUZZ_RUNS (a multiplier) try other inputs or more of them: `FUZZ_SEED=7 FUZZ_RUNS=10 npx jest fuzz`. */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20_171_231);
const SCALE = Number(process.env['FUZZ_RUNS'] ?? 1);
/** Runs of (a) and (b), and how many documents each validates at most (about 0.5 s each). */
const WORKBOOK_RUNS = 80 * SCALE;
const TEMPLATE_RUNS = 60 * SCALE;
const VALIDATE_EVERY = 2;
const MAX_VALIDATIONS = 15 * SCALE;

function expectSound(findings: readonly Finding[], broken = /NaN|Infinity|undefined|\[object Object\]/): void {
  for (const f of findings) {
    expect(['error', 'warning']).toContain(f.severity);
    expect(f.code).toMatch(/^[a-z0-9-]+$/);
    expect(f.location.sheet).not.toBe('');
    if (f.location.cell !== undefined) expect(f.location.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
    expect(f.message.trim()).not.toBe('');
    expect(f.hint.trim()).not.toBe('');
    expect(`${f.message} ${f.hint}`).not.toMatch(broken);
  }
}

/** Validates a document the pipeline made, at most MAX_VALIDATIONS times per property. */
function documentChecker() {
  let made = 0;
  let validated = 0;
  return {
    async check(docx: Uint8Array): Promise<void> {
      made += 1;
      const text = (await docxText(docx)).join('\n');
      expect(text).not.toMatch(/\{\{[^{}]*\}\}/);
      if (made % VALIDATE_EVERY !== 1 % VALIDATE_EVERY || validated >= MAX_VALIDATIONS) return;
      validated += 1;
      const report = formatInvalidParts(await validateDocx(docx));
      expect(report).toBe('');
    },
    get made() { return made; },
    get validated() { return validated; },
  };
}

// ------------------------------------------------------------------------------------------
// (a) workbook cells
// ------------------------------------------------------------------------------------------

const NASTY_TEXT = ['12 000,50', '\u221212000', '1000,5', ' ', '', 'Sum', 'Totalt ansvar', '{{selskap}}', '{{tabell_ansvar}}', '}}{{',
  '<img src=x onerror=alert(1)>', '& < > " \'', 'A\u0001B\u0007C\ufffeD\uffff', '\ud800', '😀', 'x'.repeat(5000), '1000', '25699101', '=SUM(A1)'];
const ERRORS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!'];

const cellValue: fc.Arbitrary<CellValue | undefined> = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: -1e7, max: 1e7, noNaN: true }).map((value): CellValue => ({ kind: 'number', value })) },
  { weight: 3, arbitrary: fc.integer({ min: -1e9, max: 1e9 }).map((n): CellValue => ({ kind: 'number', value: n / 100 })) },
  { weight: 1, arbitrary: fc.constantFrom(1e13, -1e13, 9999999999999.99, 1e300, -Number.MAX_VALUE, 5e-324, 0.1 + 0.2, 1.005, 2017, 0)
    .map((value): CellValue => ({ kind: 'number', value })) },
  { weight: 3, arbitrary: fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom(...NASTY_TEXT))
    .map((value): CellValue => ({ kind: 'text', value })) },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((code): CellValue => ({ kind: 'error', code })) },
  { weight: 1, arbitrary: fc.boolean().map((value): CellValue => ({ kind: 'boolean', value })) },
  { weight: 1, arbitrary: fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true })
    .map((d): CellValue => ({ kind: 'date', iso: d.toISOString() })) },
  { weight: 1, arbitrary: fc.constant<CellValue>({ kind: 'no-cached-result', formula: '=SUM(D2:D9)' }) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 80 }))
    .map(([c, r]): CellValue => ({ kind: 'merged', master: cellAddress(c, r) })) },
  { weight: 3, arbitrary: fc.constant(undefined) },
);

interface CellChange {
  readonly sheet: number;
  readonly row: number;
  readonly column: number;
  readonly value: CellValue | undefined;
}

/** A change of one cell: mostly cells that hold something, sometimes one beside or below them. */
const cellChange = (raw: RawWorkbook): fc.Arbitrary<CellChange> =>
  fc.integer({ min: 0, max: raw.sheets.length - 1 }).chain((sheet) => {
    const rows = raw.sheets[sheet]?.rows ?? [];
    const lastRow = Math.max(1, ...rows.map((r) => r.row));
    const lastColumn = Math.max(1, ...rows.flatMap((r) => r.cells.map((c) => c.column)));
    return fc.record({
      sheet: fc.constant(sheet),
      row: fc.integer({ min: 1, max: lastRow + 2 }),
      column: fc.integer({ min: 1, max: lastColumn + 1 }),
      value: cellValue,
    });
  });

/** The workbook with the changes made, keeping what adapters promise: rows and cells in order, no empty row. */
function applyChanges(raw: RawWorkbook, changes: readonly CellChange[]): RawWorkbook {
  const sheets = raw.sheets.map((sheet, index) => {
    const mine = changes.filter((c) => c.sheet === index);
    if (mine.length === 0) return sheet;
    const rows = new Map<number, { hidden: boolean; cells: Map<number, RawCell> }>(
      sheet.rows.map((r) => [r.row, { hidden: r.hidden, cells: new Map(r.cells.map((c) => [c.column, c])) }]));
    for (const change of mine) {
      const row = rows.get(change.row) ?? { hidden: false, cells: new Map<number, RawCell>() };
      if (change.value === undefined) row.cells.delete(change.column);
      else row.cells.set(change.column, { column: change.column, address: cellAddress(change.column, change.row), value: change.value });
      rows.set(change.row, row);
    }
    const newRows: RawRow[] = [...rows].filter(([, r]) => r.cells.size > 0).sort(([a], [b]) => a - b)
      .map(([row, r]) => ({ row, hidden: r.hidden, cells: [...r.cells.values()].sort((a, b) => a.column - b.column) }));
    return { ...sheet, rows: newRows };
  });
  return { ...raw, sheets };
}

describe('fuzz (a): random cells of the example workbook through the whole pipeline', () => {
  let raw: RawWorkbook;
  let template: Uint8Array;
  beforeAll(async () => {
    raw = await exceljsFileSource(EXAMPLE).read();
    template = readFileSync(DEFAULT_TEMPLATE);
  });

  it(`never throws, every finding is sound, every document valid (${WORKBOOK_RUNS} runs, seed ${SEED})`, async () => {
    const documents = documentChecker();
    let analysed = 0;
    await fc.assert(fc.asyncProperty(fc.array(cellChange(raw), { minLength: 1, maxLength: 8 }), async (changes) => {
      const analysis: Analysis = analyseWorkbook(applyChanges(raw, changes));
      analysed += 1;
      expectSound(analysis.findings);
      const summary = JSON.stringify(summarize(analysis));
      expect(summary).not.toMatch(/NaN|Infinity|null/);
      if (!analysis.ok) return;
      const filled = await fillTemplate({ name: 'arsmelding.docx', bytes: template }, analysis);
      expectSound(filled.findings);
      if (filled.ok) await documents.check(filled.bytes);
    }), { seed: SEED, numRuns: WORKBOOK_RUNS, endOnFailure: true });
    expect(analysed).toBe(WORKBOOK_RUNS);
    // The generator must reach the document often enough to be worth its time.
    expect(documents.made).toBeGreaterThanOrEqual(WORKBOOK_RUNS / 8);
    expect(documents.validated).toBeGreaterThan(0);
  });

  it('never throws on what no adapter delivers either: NaN, ±Infinity and -0 in any cell', () => {
    const odd = fc.constantFrom(Number.NaN, Infinity, -Infinity, -0).map((value): CellValue => ({ kind: 'number', value }));
    const change = cellChange(raw).chain((c) => odd.map((value) => ({ ...c, value })));
    fc.assert(fc.property(fc.array(change, { minLength: 1, maxLength: 8 }), (changes) => {
      const analysis = analyseWorkbook(applyChanges(raw, changes));
      // A message may name the value it found ("tallet NaN"), but never lose track of one.
      expectSound(analysis.findings, /undefined|\[object Object\]/);
      expect(analysis.ok && analysis.findings.some((f) => /NaN|Infinity/.test(f.message))).toBe(false);
    }), { seed: SEED, numRuns: 200 });
  });
});

// ------------------------------------------------------------------------------------------
// (b) the template's XML
// ------------------------------------------------------------------------------------------

const PLACEHOLDER_NAMES = ['selskap', 'aar', 'resultat', 'tabell_ansvar', 'liste_avvik', 'ansvar_rad.navn', 'tabell:Feide', 'diagram:Brev',
  'tabell:Finnes ikke', 'ukjent', '', ' selskap ', 'diagram_brukere', 'kontrolloppstilling'];

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Positions of a pattern's matches in a text. */
const matches = (xml: string, re: RegExp) => [...xml.matchAll(re)].map((m) => ({ index: m.index ?? 0, text: m[0] }));

type Mutation = (xml: string) => string;
/** A mutation that fast-check prints as `what` in a counterexample. */
const named = (what: string, mutate: Mutation): Mutation => Object.assign(mutate, { [fc.toStringMethod]: () => what });
/** Picks one of the things a pattern matches (by a random fraction), and replaces it. */
const at = (re: RegExp, replace: (found: string) => string, what = String(re)) => (pick: number): Mutation => named(`${what} @${pick.toFixed(3)}`, (xml) => {
  const found = matches(xml, re);
  const chosen = found[Math.floor(pick * found.length)];
  return chosen === undefined ? xml : xml.slice(0, chosen.index) + replace(chosen.text) + xml.slice(chosen.index + chosen.text.length);
});
const TEXT = /<w:t(?: [^>]*)?>[^<]*<\/w:t>/g;
/** The text of a <w:t> element, changed by `edit`. */
const inText = (edit: (text: string) => string) => (found: string) => found.replace(/>([^<]*)</, (_all, t: string) => `>${edit(t)}<`);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // text inserted into a run (escaped, so the XML stays well-formed), also braces and placeholders
  fc.tuple(fc.double({ min: 0, max: 0.999 }), fc.double({ min: 0, max: 1 }),
    fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom('{{', '}}', '{', '}', '{{{', '}}}'),
      fc.constantFrom(...PLACEHOLDER_NAMES).map((n) => `{{${n}}}`), fc.constantFrom(...PLACEHOLDER_NAMES).map((n) => `{{${n}`)))
    .map(([pick, where, insert]) => at(TEXT, inText((t) => {
      const i = Math.floor(where * t.length);
      return t.slice(0, i) + escapeXml(insert) + t.slice(i);
    }), `insert ${JSON.stringify(insert)} into a run's text at ${where.toFixed(3)}`)(pick)),
  // characters XML forbids, raw, in a run's text
  fc.tuple(fc.double({ min: 0, max: 0.999 }), fc.constantFrom('\u0001', '\u0007', '\u001f', '\ufffe', '\uffff', '&#1;', '&#x1F;', '&#xFFFE;', '&#0;'))
    .map(([pick, c]) => at(TEXT, inText((t) => `${t}${c}`), `append ${JSON.stringify(c)} to a run's text`)(pick)),
  // text deleted from a run
  fc.tuple(fc.double({ min: 0, max: 0.999 }), fc.double({ min: 0, max: 1 }), fc.double({ min: 0, max: 1 }))
    .map(([pick, a, b]) => at(TEXT, inText((t) => {
      const [from, to] = [Math.floor(Math.min(a, b) * t.length), Math.floor(Math.max(a, b) * t.length)];
      return t.replace(/&[a-z]+;|&#\d+;/g, ' ').slice(0, from) + t.replace(/&[a-z]+;|&#\d+;/g, ' ').slice(to);
    }), `delete text of a run from ${a.toFixed(3)} to ${b.toFixed(3)}`)(pick)),
  // a run duplicated
  fc.double({ min: 0, max: 0.999 }).map(at(/<w:r>(?:(?!<\/w:r>).)*<\/w:r>/gs, (run) => run + run, 'duplicate a run')),
  // a run broken in two in the middle of its text (as Word does after an edit)
  fc.tuple(fc.double({ min: 0, max: 0.999 }), fc.double({ min: 0, max: 1 }))
    .map(([pick, where]) => at(/<w:t(?: [^>]*)?>[^<&]*<\/w:t>/g, (found) => found.replace(/>([^<]*)</, (_all, t: string) => {
      const i = Math.floor(where * t.length);
      return `>${t.slice(0, i)}</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t xml:space="preserve">${t.slice(i)}<`;
    }), `break a run at ${where.toFixed(3)}`)(pick)),
  // a paragraph duplicated or dropped
  fc.double({ min: 0, max: 0.999 }).map(at(/<w:p>(?:(?!<w:p[ >]).)*?<\/w:p>/gs, (p) => p + p, 'duplicate a paragraph')),
  fc.double({ min: 0, max: 0.999 }).map(at(/<w:p>(?:(?!<w:p[ >]).)*?<\/w:p>/gs, () => '', 'drop a paragraph')),
  // a closing tag removed: no longer well-formed
  fc.double({ min: 0, max: 0.999 }).map(at(/<\/w:[A-Za-z]+>/g, () => '', 'remove a closing tag')),
  // a raw < or & (markup that is not well-formed) put right after a tag, between elements or
  // before a run's text. Not a character that keeps the markup well-formed but breaks the
  // schema: templates are not validated against the schemas.
  fc.tuple(fc.double({ min: 0, max: 0.999 }), fc.constantFrom('<', '&', '<w:p>', '</w:r>'))
    .map(([pick, c]) => at(/<w:[^>]*>/g, (tag) => tag + c, `put ${JSON.stringify(c)} after a tag`)(pick)),
  // a "<" or "&" inside an attribute value: the patcher's own parser lets it through, the
  // product's strict parse of every template part refuses it
  fc.tuple(fc.double({ min: 0, max: 0.999 }), fc.constantFrom('<', '&'))
    .map(([pick, c]) => at(/ w:[A-Za-z]+="[^"]*"/g, (attr) => attr.replace(/"$/, `${c}"`), `put ${JSON.stringify(c)} in an attribute`)(pick)),
);

describe('fuzz (b): random mutations of the default template through fillTemplate', () => {
  let analysis: Analysis;
  let zip: JSZip;
  let documentXml: string;
  beforeAll(async () => {
    analysis = analyseWorkbook(await exceljsFileSource(EXAMPLE).read());
    expect(analysis.ok).toBe(true);
    zip = await JSZip.loadAsync(readFileSync(DEFAULT_TEMPLATE));
    documentXml = await zip.file('word/document.xml')!.async('string');
  });

  it(`returns findings or a valid document, never throws (${TEMPLATE_RUNS} runs, seed ${SEED})`, async () => {
    const documents = documentChecker();
    let refused = 0;
    await fc.assert(fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
      const xml = mutations.reduce((x, m) => m(x), documentXml);
      zip.file('word/document.xml', xml);
      const bytes = await zip.generateAsync({ type: 'uint8array' });
      const filled = await fillTemplate({ name: 'mal.docx', bytes }, analysis);
      expectSound(filled.findings);
      if (!filled.ok) {
        refused += 1;
        expect(filled.findings.some((f) => f.severity === 'error')).toBe(true);
        return;
      }
      await documents.check(filled.bytes);
    }), { seed: SEED, numRuns: TEMPLATE_RUNS, endOnFailure: true });
    expect(documents.made + refused).toBe(TEMPLATE_RUNS);
    expect(documents.validated).toBeGreaterThan(0);
  });
});
