/**
 * Catalogue, family "templates": Word templates with placeholders in odd places, placeholders
 * the product must refuse, and files that are no template at all. Each case runs
 * `arsmelding generate <example> --template mal.docx --out rapport.docx` in a fresh folder and
 * `arsmelding fields mal.docx`, and asks fillTemplate itself for the finding's code:
 * - exit 0: the document is written, every XML part validates (expectEveryPartValid), and it
 *   shows what it should;
 * - exit 1: the finding is printed at the template's name (`ERROR mal.docx: …`), nothing written;
 * - exit 2: one line on stderr, no stack trace, nothing written.
 * The workbook (the example) is never changed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { join } from 'path';
import { exceljsFileSource } from '../../src/adapters/exceljs/exceljs-source';
import { analyseSource, type Analysis } from '../../src/core/pipeline';
import { fillTemplate } from '../../src/report/template/fill-template';
import { docxText } from '../helpers/docx-text';
import { makeTemplate, type TemplateBlock } from '../helpers/make-template';
import { BROKEN_TEXT, bytesOf, EXAMPLE, expectEveryPartValid, expectQuiet, expectRefusal, filesIn, FIXTURES, freshDir, run } from './catalogue-helpers';

const SELSKAP = 'IKT Indre Namdal IKS';

/** A template whose body is `body` (WordprocessingML paragraphs and tables), put where makeTemplate put its one paragraph. */
async function withBody(body: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await makeTemplate(['MARKER']));
  const xml = await zip.file('word/document.xml')!.async('string');
  const paragraph = /<w:p>(?:(?!<w:p>).)*?MARKER.*?<\/w:p>/s;
  if (!paragraph.test(xml)) throw new Error('makeTemplate changed: no MARKER paragraph');
  zip.file('word/document.xml', xml.replace(paragraph, body));
  return zip.generateAsync({ type: 'uint8array' });
}
const run_ = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;

interface TemplateCase {
  readonly name: string;
  /** The template's bytes, or a way to put something at its path. */
  readonly template: () => Promise<Uint8Array> | Uint8Array | ((path: string) => void);
  readonly exit: 0 | 1 | 2;
  /** exit 0: texts the document shows (each within one paragraph); exit 1: the finding. */
  readonly shows?: readonly string[];
  readonly finding?: { readonly code: string; readonly severity?: 'error' | 'warning'; readonly message: RegExp };
  /** exit 2: what the one line says. */
  readonly says?: RegExp;
  /** The exit status of `arsmelding fields mal.docx` (default: 0 when generate exits 0, else as generate). */
  readonly fieldsExit?: 0 | 1 | 2;
  readonly check?: (docx: Uint8Array) => Promise<void>;
}

const tpl = (blocks: readonly TemplateBlock[]) => () => makeTemplate(blocks);

const cases: TemplateCase[] = [
  {
    name: 'a placeholder Word split into runs (proofErr marks, a bookmark, bold in the middle)',
    template: tpl([['Selskap: {{sel', 'sk', 'ap}} i {{a', 'ar}}.']]), exit: 0, shows: [`Selskap: ${SELSKAP} i 2017.`],
  },
  { name: 'spaces inside the braces', template: tpl(['{{ selskap }} / {{  aar}}']), exit: 0, shows: [`${SELSKAP} / 2017`] },
  {
    name: 'a placeholder split across a hyperlink',
    template: () => withBody(p(run_('Til {{sel'), `<w:hyperlink w:anchor="x">${run_('skap}}')}</w:hyperlink>`)),
    exit: 0, shows: [`Til ${SELSKAP}`],
  },
  {
    name: 'text placeholders in table cells',
    template: tpl([{ table: [['Selskap', 'År'], ['{{selskap}}', '{{aar}}']] }]), exit: 0, shows: [SELSKAP, '2017'],
  },
  {
    name: 'a block placeholder alone in a table cell: the block goes in the cell, a paragraph stays after it',
    template: tpl([{ table: [['Avvik per ansvar'], ['{{tabell_ansvar}}']] }]), exit: 0, shows: ['Ansvar', '−25 315'],
    check: async (docx) => {
      const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
      // Word refuses a cell that ends with a table (docx issue 3038): every cell ends with a paragraph.
      expect([...xml.matchAll(/<\/w:(\w+)>\s*<\/w:tc>/g)].map((m) => m[1]).every((tag) => tag === 'p')).toBe(true);
    },
  },
  {
    name: 'placeholders in a content control, a tracked insertion, a field and a smart tag',
    template: () => withBody([
      `<w:sdt><w:sdtPr/><w:sdtContent>${p(run_('A {{selskap}}'))}</w:sdtContent></w:sdt>`,
      p(`<w:ins w:id="9" w:author="x">${run_('B {{selskap}}')}</w:ins>`),
      p(`<w:fldSimple w:instr="TITLE">${run_('C {{selskap}}')}</w:fldSimple>`),
      p(`<w:smartTag w:uri="u" w:element="e">${run_('D {{selskap}}')}</w:smartTag>`),
    ].join('')),
    exit: 0, shows: [`A ${SELSKAP}`, `B ${SELSKAP}`, `C ${SELSKAP}`, `D ${SELSKAP}`],
  },
  {
    name: 'a placeholder in a text box',
    template: () => withBody(p(`<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>${p(run_('Boks: {{selskap}}'))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`)),
    exit: 0, shows: [`Boks: ${SELSKAP}`],
  },
  {
    name: 'an unknown placeholder',
    template: tpl(['{{selskap}} {{feil_navn}}']), exit: 1,
    finding: { code: 'unknown-placeholder', message: /^Malen bruker plassholderen \{\{feil_navn\}\}, som arsmelding ikke kjenner\.$/ },
  },
  { name: 'an empty placeholder {{}}', template: tpl(['{{}}']), exit: 1, finding: { code: 'unknown-placeholder', message: /plassholderen \{\{\}\}, som arsmelding ikke kjenner/ } },
  { name: 'an unknown prefix {{foo:bar}}', template: tpl(['{{foo:bar}}']), exit: 1, finding: { code: 'unknown-placeholder', message: /plassholderen \{\{foo:bar\}\}/ } },
  {
    name: 'a block placeholder inside running text',
    template: tpl(['Se {{tabell_ansvar}} nedenfor.']), exit: 1,
    finding: { code: 'block-not-alone', message: /^Plassholderen \{\{tabell_ansvar\}\} blir en tabell eller liste og må stå alene i avsnittet, men avsnittet er «Se \{\{tabell_ansvar\}\} nedenfor\.»\.$/ },
  },
  {
    name: 'the same block placeholder twice',
    template: tpl(['{{liste_avvik}}', 'Tekst imellom', '{{liste_avvik}}']), exit: 1,
    finding: { code: 'block-twice', message: /^Plassholderen \{\{liste_avvik\}\} står flere ganger i malen\.$/ },
  },
  {
    name: 'a row field outside a table',
    template: tpl(['{{ansvar_rad.navn}}']), exit: 1,
    finding: { code: 'row-field-outside-table', message: /^Plassholderen \{\{ansvar_rad\.navn\}\} står utenfor en tabell\.$/ },
  },
  {
    name: 'an unfilled placeholder: braces around a placeholder leave {{…}} after filling',
    template: tpl(['{{{{selskap}}}}']), exit: 1, fieldsExit: 0,
    finding: { code: 'placeholder-left', message: /^Plassholderen \{\{IKT Indre Namdal IKS\}\} ble ikke fylt ut\.$/ },
  },
  {
    name: '{{tabell:NAME}} for a sheet the workbook does not have: a warning, and the document says so',
    template: tpl(['{{tabell:Finnes ikke}}', 'Slutt']), exit: 0,
    finding: { code: 'missing-block-source', severity: 'warning', message: /arbeidsboken har ikke noe ark, Excel-tabell eller navngitt område som heter «Finnes ikke»/ },
    shows: ['[Tabellen «Finnes ikke» er utelatt: arbeidsboken har ikke noe ark eller område med dette navnet.]'],
  },
  {
    name: 'lone braces that are no placeholder are kept as text',
    template: tpl(['Tekst {{ uten slutt', 'og }} alene, {{selskap}}']), exit: 0, shows: ['Tekst {{ uten slutt', `og }} alene, ${SELSKAP}`],
  },
  {
    name: 'the template\'s own & < > " \' and <img onerror=…> are kept literally',
    template: tpl([`Tom & Jerry <b>"fet"</b> 'sitat' <img src=x onerror=alert(1)> {{selskap}}`]), exit: 0,
    shows: [`Tom & Jerry <b>"fet"</b> 'sitat' <img src=x onerror=alert(1)> ${SELSKAP}`],
  },
  { name: 'a template without placeholders is written as it is', template: tpl(['Bare tekst.']), exit: 0, shows: ['Bare tekst.'] },
  {
    name: 'a .docx whose document.xml is not well-formed',
    template: () => withBody('<w:p><w:r><w:t>{{selskap}}</w:t></w:r>'), exit: 1, fieldsExit: 2,
    finding: { code: 'template-unreadable', message: /^Malen mal\.docx kan ikke leses som et Word-dokument \(\.docx\)\.$/ },
  },
  {
    name: 'a control character in the template\'s text (as Word never writes it, not XML)',
    template: () => withBody(p(run_('Selskap:\u0001 {{selskap}}'))), exit: 1, fieldsExit: 2,
    finding: { code: 'template-unreadable', message: /^Malen mal\.docx kan ikke leses som et Word-dokument \(\.docx\)\.$/ },
  },
  {
    name: 'U+FFFE written as a character reference (&#xFFFE;) in the template\'s text',
    template: () => withBody(p(run_('Selskap:&#xFFFE; {{selskap}}'))), exit: 1, fieldsExit: 2,
    finding: { code: 'template-unreadable', message: /kan ikke leses som et Word-dokument/ },
  },
  {
    name: 'an .xlsx given as the template (a zip without word/document.xml)',
    template: () => readFileSync(EXAMPLE), exit: 1, fieldsExit: 2,
    finding: { code: 'template-unreadable', message: /^Malen mal\.docx kan ikke leses som et Word-dokument \(\.docx\)\.$/ },
  },
  { name: 'a text file given as the template', template: () => Buffer.from('{{selskap}}\n'), exit: 2, says: /«.*mal\.docx» er ikke et Word-dokument \(\.docx\); lagre malen i Word som Word-dokument og prøv igjen\.$/ },
  { name: 'an empty template file', template: () => new Uint8Array(0), exit: 2, says: /er ikke et Word-dokument \(\.docx\)/ },
  { name: 'a legacy .doc (OLE2) given as the template', template: () => readFileSync(join(FIXTURES, 'catalogue-legacy.xls')), exit: 2, says: /er ikke et Word-dokument \(\.docx\)/ },
  { name: 'a template that does not exist', template: () => () => undefined, exit: 2, says: /^arsmelding: Fant ikke filen «.*mal\.docx»\.$/ },
  { name: 'a folder given as the template', template: () => (path: string) => mkdirSync(path), exit: 2, says: /«.*mal\.docx» er en mappe, ikke en fil\.$/ },
];

describe('catalogue: templates', () => {
  let analysis: Analysis;
  let workbook: Buffer;
  beforeAll(async () => {
    analysis = await analyseSource(exceljsFileSource(EXAMPLE));
    workbook = bytesOf(EXAMPLE);
  });
  afterAll(() => {
    expect(bytesOf(EXAMPLE).equals(workbook)).toBe(true);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = freshDir('mal');
    const template = join(dir, 'mal.docx');
    const made = await c.template();
    if (typeof made === 'function') made(template);
    else writeFileSync(template, made);
    const before = filesIn(dir);
    const target = join(dir, 'rapport.docx');

    const r = await run('generate', EXAMPLE, '--template', template, '--out', target);
    if (c.exit === 2) {
      expectRefusal(r, c.says);
      expect(filesIn(dir)).toEqual(before);
    } else {
      expectQuiet(r, c.exit);
    }
    if (c.finding !== undefined) {
      const line = `${c.finding.severity === 'warning' ? 'WARNING' : 'ERROR'} mal.docx: `;
      const printed = r.stdout.split('\n').filter((l) => l.startsWith(line)).map((l) => l.slice(line.length));
      expect(printed).toHaveLength(1);
      expect(printed[0]).toMatch(c.finding.message);
      const filled = await fillTemplate({ name: 'mal.docx', bytes: readFileSync(template) }, analysis);
      expect(filled.ok).toBe(c.exit === 0);
      expect(filled.findings.map((f) => [f.severity, f.code, f.location])).toEqual([[c.finding.severity ?? 'error', c.finding.code, { sheet: 'mal.docx' }]]);
    }
    if (c.exit === 1) {
      expect(r.stdout).toContain('Malen har feil; ingen rapport er skrevet.');
      expect(filesIn(dir)).toEqual(before);
    }
    if (c.exit === 0) {
      expect(r.stdout).toContain(`Skrev ${target}`);
      expect(filesIn(dir)).toEqual([...before, 'rapport.docx'].sort());
      const docx = readFileSync(target);
      await expectEveryPartValid(docx);
      const lines = await docxText(docx);
      for (const shown of c.shows ?? []) expect(lines.some((l) => l.includes(shown))).toBe(true);
      expect(lines.join('\n').replace(/\{\{ uten slutt|og \}\} alene/g, '')).not.toMatch(BROKEN_TEXT);
      await c.check?.(docx);
    }

    const fields = await run('fields', template);
    const fieldsExit = c.fieldsExit ?? c.exit;
    if (fieldsExit === 2) expectRefusal(fields);
    else expectQuiet(fields, fieldsExit);
  });
});
