import { makeTemplate } from '../../../test/helpers/make-template';
import { expectValidDocx } from '../../../test/helpers/validate-ooxml';
import { rawWorkbook, smallSheets } from '../../../test/helpers/raw-workbook-builder';
import { analyseWorkbook } from '../../core/pipeline';
import { fillTemplate } from './fill-template';
import { readParagraphs } from './template-parts';

const analysis = (mutate: (s: ReturnType<typeof smallSheets>) => void = () => undefined) => {
  const sheets = smallSheets();
  mutate(sheets);
  return analyseWorkbook(rawWorkbook(sheets));
};
const texts = async (bytes: Uint8Array) => (await readParagraphs(bytes)).map((p) => p.text);
const fill = async (blocks: Parameters<typeof makeTemplate>[0], a = analysis()) =>
  fillTemplate({ name: 'mal.docx', bytes: await makeTemplate(blocks) }, a);

describe('fillTemplate', () => {
  it('fills text placeholders, also when Word split them across runs, bookmarks and proofing marks', async () => {
    const r = await fill([['Resultatet er et ', '{{', 'resultat_tekst', '}}', ' på kr {{resul', 'tat}}', '.'], 'Selskap: {{ selskap }} ({{aar}})']);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(await texts(r.bytes)).toEqual(expect.arrayContaining(['Resultatet er et mindreforbruk på kr 20\u00a0000.', 'Selskap: Testselskap IKS (2024)']));
  });

  it('refuses an unknown placeholder, naming it, and writes nothing', async () => {
    const r = await fill(['Hei {{ukjent_navn}} og {{selskap}}']);
    expect(r.ok).toBe(false);
    expect(r.findings.map((f) => [f.code, f.severity, f.location, f.message])).toEqual([
      ['unknown-placeholder', 'error', { sheet: 'mal.docx' }, 'Malen bruker plassholderen {{ukjent_navn}}, som arsmelding ikke kjenner.'],
    ]);
  });

  it('refuses a block placeholder that shares its paragraph, quoting the paragraph', async () => {
    const r = await fill(['Her kommer tabellen: {{tabell_ansvar}} og mer tekst']);
    expect(r.ok).toBe(false);
    expect(r.findings[0]?.code).toBe('block-not-alone');
    expect(r.findings[0]?.message).toContain('«Her kommer tabellen: {{tabell_ansvar}} og mer tekst»');
  });

  it('refuses the same block twice (the patcher would duplicate and delete text)', async () => {
    const r = await fill(['{{liste_avvik}}', 'Tekst', '{{liste_avvik}}']);
    expect(r.findings.map((f) => f.code)).toEqual(['block-twice']);
  });

  it('refuses row fields outside a table', async () => {
    const r = await fill(['{{ansvar_rad.navn}}']);
    expect(r.findings.map((f) => f.code)).toEqual(['row-field-outside-table']);
  });

  it('replaces a block placeholder with a real table, and a list with a line per ansvar', async () => {
    const r = await fill(['Før', '{{tabell_ansvar}}', 'Mellom', '{{liste_avvik}}', 'Etter']);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const t = await texts(r.bytes);
    expect(t).toEqual(expect.arrayContaining([
      'Ansvar', 'Navn', 'Regnskap', 'Regulert budsjett', 'Avvik kr', 'Avvik %', '1000', 'Administrasjon', 'Sum',
      'Ansvar 1000 Administrasjon — mindreforbruk på kr 10\u00a0000',
      'Ansvar 1100 Drift — mindreforbruk på kr 10\u00a0000',
    ]));
    expect(t.indexOf('Før')).toBeLessThan(t.indexOf('Sum'));
    expect(t.indexOf('Sum')).toBeLessThan(t.indexOf('Mellom'));
    expect(t.join('\n')).not.toContain('{{');
    await expectValidDocx(r.bytes);
  });

  it('repeats a table row designed in the template for each ansvar', async () => {
    const r = await fill([{ table: [['Ansvar', 'Navn', 'Avvik'], ['{{ansvar_rad.ansvar}}', '{{ansvar_rad.navn}}', '{{ansvar_rad.avvik}}']] }]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const t = await texts(r.bytes);
    // 9 999,50 rounds half away from zero to 10 000
    expect(t.slice(0, 9)).toEqual(['Ansvar', 'Navn', 'Avvik', '1000', 'Administrasjon', '10\u00a0000', '1100', 'Drift', '10\u00a0000']);
    await expectValidDocx(r.bytes);
  });

  it('puts & < > " and names with control characters in as text; the XML stays well-formed', async () => {
    const a = analysis((s) => {
      s.Oppsett![1]![1] = 'A & B <IKS> "Øst"\u0001';
      s.Ansvar![1]![1] = '<img src=x onerror=alert(1)> & co\ufffe';
    });
    const r = await fill(['{{selskap}}', '{{liste_avvik}}'], a);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const t = await texts(r.bytes);
    expect(t).toContain('A & B <IKS> "Øst"');
    expect(t).toContain('Ansvar 1000 <img src=x onerror=alert(1)> & co — mindreforbruk på kr 10\u00a0000');
    await expectValidDocx(r.bytes);
  });

  it('gives the same bytes for the same input', async () => {
    const template = await makeTemplate(['{{selskap}}', '{{tabell_fond}}', '{{tabell_disponering}}']);
    const a = analysis();
    const one = await fillTemplate({ name: 'mal.docx', bytes: template }, a);
    const two = await fillTemplate({ name: 'mal.docx', bytes: template }, a);
    expect(one.ok && two.ok).toBe(true);
    if (one.ok && two.ok) expect(Buffer.from(one.bytes).equals(Buffer.from(two.bytes))).toBe(true);
  });

  it('says so when the template is not a Word document', async () => {
    const r = await fillTemplate({ name: 'mal.docx', bytes: new Uint8Array([80, 75, 3, 4, 0, 0]) }, analysis());
    expect(r.findings.map((f) => f.code)).toEqual(['template-unreadable']);
  });
});
