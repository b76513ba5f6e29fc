import JSZip from 'jszip';
import { makeTemplate } from '../../../test/helpers/make-template';
import { docxText } from '../../../test/helpers/docx-text';
import { rawWorkbook, smallSheets } from '../../../test/helpers/raw-workbook-builder';
import { analyseWorkbook } from '../../core/pipeline';
import { fillTemplate } from '../template/fill-template';

/** 1000 Administrasjon spends 250 000 more than budgeted: material, and here without a Forklaring. */
const materialSheets = (forklaring: string | null) => {
  const sheets = smallSheets();
  sheets.Regnskap![1]![3] = 300000.5;
  sheets.Fond![1]![2] = 1000000;
  sheets.Fond![1]![5] = 1000000;
  sheets.Ansvar![1]![3] = forklaring;
  return sheets;
};

const fill = async (forklaring: string | null) => {
  const analysis = analyseWorkbook(rawWorkbook(materialSheets(forklaring)));
  const r = await fillTemplate({ name: 'mal.docx', bytes: await makeTemplate(['{{tabell_vesentlige_avvik}}']) }, analysis);
  if (!r.ok) throw new Error(JSON.stringify(r.findings));
  return { analysis, bytes: r.bytes };
};

describe('{{tabell_vesentlige_avvik}}', () => {
  it('shows a missing explanation as a highlighted "Forklaring mangler", and check warns about it', async () => {
    const { analysis, bytes } = await fill(null);
    expect(analysis.findings.map((f) => [f.code, f.location.cell])).toContainEqual(['material-deviation-unexplained', 'D2']);
    const text = await docxText(bytes);
    expect(text).toEqual(expect.arrayContaining(['1000', 'Administrasjon', '−240 001', 'Forklaring mangler']));
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    const run = /<w:r>(?:(?!<\/w:r>).)*Forklaring mangler/s.exec(xml)?.[0] ?? '';
    expect(run).toContain('w:highlight w:val="yellow"');
  });

  it('shows the explanation when there is one, and check is content', async () => {
    const { analysis, bytes } = await fill('Lisenser ble dyrere enn budsjettert.');
    expect(analysis.findings.map((f) => f.code)).not.toContain('material-deviation-unexplained');
    expect(await docxText(bytes)).toContain('Lisenser ble dyrere enn budsjettert.');
  });
});
