import JSZip from 'jszip';
import { docxText } from '../../../test/helpers/docx-text';
import { makeTemplate } from '../../../test/helpers/make-template';
import { rawWorkbook, smallSheets, type SheetRows } from '../../../test/helpers/raw-workbook-builder';
import { expectValidDocx } from '../../../test/helpers/validate-ooxml';
import { analyseWorkbook, type Analysis } from '../../core/pipeline';
import type { WorkbookName } from '../../core/workbook/raw-workbook';
import { fillTemplate } from '../template/fill-template';
import { formatKeyFigure, sheetTable, SHEET_TABLE_WIDTH } from './sheet-table';

const FEIDE: SheetRows = [
  ['Kommune', 'Innlogginger'],
  ['Namsskogan', 5425], ['Røyrvik', 2731], ['Lierne', 11370], ['Snåsa', 4340], ['Høylandet', 13368], ['Grong', 20364],
];
const NØKKELTALL: SheetRows = [
  ['Nøkkeltall for året'],
  [],
  [null, 'Enhet', 'Saker', 'Andel %', 'Merknad'],
  [null, 'Grong', 731, 32.187, 'Tom & Jerry <b>fet</b> "sitat"'],
  [null, 'IKTIN', 862, 37.96, '> alle'],
  [null, 'Sum', 1593, 70.147, null],
  [],
  [null, 'Utenfor', 1, 2, 'ikke med'],
];
const BRUKERE: SheetRows = [['År', 'Grong', 'Snåsa'], [2016, 1200, 950.5], [2017, 1234, -12]];

function analysis(names: WorkbookName[] = []): Analysis {
  const raw = rawWorkbook({ ...smallSheets(), Feide: FEIDE, 'Nøkkel tall': NØKKELTALL, Brukere: BRUKERE, Tom: [] });
  return analyseWorkbook(names.length === 0 ? raw : { ...raw, names });
}

const NAMES: WorkbookName[] = [
  { name: 'Saker', sheet: 'Nøkkel tall', range: 'B3:E6', kind: 'name' },
  { name: 'Tabell1', sheet: 'Nøkkel tall', range: 'B3:C5', kind: 'table' },
];

async function filled(paragraphs: string[], a = analysis(NAMES)) {
  const r = await fillTemplate({ name: 'mal.docx', bytes: await makeTemplate(paragraphs) }, a);
  if (!r.ok) throw new Error(r.findings.map((f) => f.message).join('\n'));
  const xml = await (await JSZip.loadAsync(r.bytes)).file('word/document.xml')!.async('string');
  return { bytes: r.bytes, xml, text: await docxText(r.bytes) };
}

const decode = (x: string): string =>
  x.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The tables of document.xml, each as its rows, each row as [cell text, alignment] pairs. */
function tables(xml: string): { cells: [string, string][][]; header: boolean; widths: number[] }[] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) => {
    const body = t[1] ?? '';
    const rows = [...body.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((r) =>
      [...(r[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c): [string, string] => [
        [...(c[1] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? '')).join(''),
        /<w:jc w:val="(\w+)"\/>/.exec(c[1] ?? '')?.[1] ?? '',
      ]));
    const widths = [...body.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    return { cells: rows, header: /<w:tblHeader\/>/.test(body), widths };
  });
}

describe('formatKeyFigure', () => {
  it('groups whole numbers, keeps at most two decimals with a comma, and writes a real minus', () => {
    expect(formatKeyFigure(20364)).toBe('20\u00a0364');
    expect(formatKeyFigure(1234567)).toBe('1\u00a0234\u00a0567');
    expect(formatKeyFigure(5.62)).toBe('5,62');
    expect(formatKeyFigure(12.5)).toBe('12,5');
    expect(formatKeyFigure(12.0)).toBe('12');
    expect(formatKeyFigure(-1234.567)).toBe('\u22121\u00a0234,57');
    expect(formatKeyFigure(0.125)).toBe('0,13');
    expect(formatKeyFigure(-0.001)).toBe('0');
    expect(formatKeyFigure(0.1 + 0.2)).toBe('0,3');
    expect(formatKeyFigure(2017, false)).toBe('2017');
  });
});

describe('{{tabell:NAME}}', () => {
  it('shows a sheet as it is: header row repeated, numbers right with grouping, text left, no row added', async () => {
    const { xml, text } = await filled(['Før', '{{tabell:feide}}', 'Etter']);
    const [table] = tables(xml);
    expect(table?.header).toBe(true);
    expect(table?.cells).toEqual([
      [['Kommune', 'left'], ['Innlogginger', 'right']],
      [['Namsskogan', 'left'], ['5\u00a0425', 'right']],
      [['Røyrvik', 'left'], ['2\u00a0731', 'right']],
      [['Lierne', 'left'], ['11\u00a0370', 'right']],
      [['Snåsa', 'left'], ['4\u00a0340', 'right']],
      [['Høylandet', 'left'], ['13\u00a0368', 'right']],
      [['Grong', 'left'], ['20\u00a0364', 'right']],
    ]);
    expect(table?.widths.reduce((a, b) => a + b, 0)).toBe(SHEET_TABLE_WIDTH);
    expect(text.indexOf('Før')).toBeLessThan(text.indexOf('Grong'));
    expect(text.indexOf('Grong')).toBeLessThan(text.indexOf('Etter'));
  });

  it('shows a named range from its first row, with its own Sum row, escaping & < > and quotes', async () => {
    const { xml, bytes } = await filled(['{{tabell:Saker}}', 'Etter']);
    expect(tables(xml)[0]?.cells.map((r) => r.map(([t]) => t))).toEqual([
      ['Enhet', 'Saker', 'Andel %', 'Merknad'],
      ['Grong', '731', '32,19', 'Tom & Jerry <b>fet</b> "sitat"'],
      ['IKTIN', '862', '37,96', '> alle'],
      ['Sum', '1\u00a0593', '70,15', ''],
    ]);
    expect(xml).toContain('Tom &amp; Jerry &lt;b&gt;fet&lt;/b&gt;');
    await expectValidDocx(bytes);
  });

  it('shows an Excel table by its name, in any case', async () => {
    const { xml } = await filled(['{{tabell:TABELL1}}', 'Etter']);
    expect(tables(xml)[0]?.cells).toEqual([
      [['Enhet', 'left'], ['Saker', 'right']],
      [['Grong', 'left'], ['731', 'right']],
      [['IKTIN', 'left'], ['862', 'right']],
    ]);
  });

  it('writes years and codes without grouping, and several tables in one document validate', async () => {
    const { xml, bytes } = await filled(['{{tabell:Brukere}}', 'Mellom', '{{tabell:Ansvar}}', 'Etter']);
    const [brukere, ansvar] = tables(xml);
    expect(brukere?.cells.map((r) => r.map(([t]) => t))).toEqual([
      ['År', 'Grong', 'Snåsa'], ['2016', '1\u00a0200', '950,5'], ['2017', '1\u00a0234', '\u221212'],
    ]);
    expect(ansvar?.cells.slice(1).map((r) => r[0]?.[0])).toEqual(['1000', '1100']);
    expect(ansvar?.cells[2]?.[2]?.[0]).toBe('25690002');
    await expectValidDocx(bytes);
  });

  it('checks the name before writing: one finding names it, and the document says the table is left out', async () => {
    // missingBlockSources (build-patches.ts) decides how severe a missing name is; the block is
    // built only for a name that exists.
    const r = await fillTemplate({ name: 'mal.docx', bytes: await makeTemplate(['{{tabell:Finnes ikke}}', 'Etter']) }, analysis(NAMES));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.location).toEqual({ sheet: 'mal.docx' });
    expect(r.findings[0]?.message).toContain('«Finnes ikke»');
    if (r.ok) {
      expect((await docxText(r.bytes)).join('\n')).toContain('«Finnes ikke» er utelatt');
      await expectValidDocx(r.bytes);
    }
  });

  it('says so in the document for an empty sheet, instead of an empty table', async () => {
    const { xml, text, bytes } = await filled(['{{tabell:Tom}}', 'Etter']);
    expect(tables(xml)).toEqual([]);
    expect(text).toContain('Tabellen «Tom» er tom.');
    expect(sheetTable({ name: 'X', header: [], rows: [[]] })).toHaveLength(1);
    await expectValidDocx(bytes);
  });
});
