import JSZip from 'jszip';
import { makeTemplate } from '../../../test/helpers/make-template';
import { rawWorkbook, smallSheets } from '../../../test/helpers/raw-workbook-builder';
import { expectValidDocx } from '../../../test/helpers/validate-ooxml';
import { analyseWorkbook } from '../../core/pipeline';
import { fillTemplate } from '../template/fill-template';
import { withFixedZipDates } from './fixed-zip-dates';
import { withStableIds } from './stable-ids';

const analysis = analyseWorkbook(rawWorkbook({ ...smallSheets(), Refusjon: [['Kommune', 'Beløp'], ['Grong', 100], ['Snåsa', 200]] }));

async function filled(blocks: string[], template?: Uint8Array): Promise<Uint8Array> {
  const r = await fillTemplate({ name: 'mal.docx', bytes: template ?? await makeTemplate([...blocks, '']) }, analysis);
  if (!r.ok) throw new Error(r.findings.map((f) => f.message).join('\n'));
  return r.bytes;
}
const part = async (bytes: Uint8Array, name: string) => (await JSZip.loadAsync(bytes)).file(name)!.async('string');

describe('withStableIds', () => {
  it('gives the same bytes for the same input when the document has charts', async () => {
    const template = await makeTemplate(['{{diagram_driftsutgifter}}', 'Tekst', '{{diagram_refusjon}}', '']);
    // docx alone gives random relationship ids, a drawing counter per process, and chart
    // workbooks stamped with the time (2-second resolution): fillTemplate must undo all three
    const one = await filled([], template);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const two = await filled([], template);
    expect(Buffer.from(one).equals(Buffer.from(two))).toBe(true);
    expect(Buffer.from(withFixedZipDates(await withStableIds(one))).equals(Buffer.from(one))).toBe(true);
    await expectValidDocx(one);
  });

  it('renames the random relationship ids everywhere they are used, and numbers the drawings in order', async () => {
    const stable = await withStableIds(await filled(['{{diagram_driftsutgifter}}', '{{diagram_refusjon}}']));
    const rels = await part(stable, 'word/_rels/document.xml.rels');
    const document = await part(stable, 'word/document.xml');
    expect([...document.matchAll(/<c:chart [^>]*r:id="([^"]+)"/g)].map((m) => m[1])).toEqual(['rIdS1', 'rIdS2']);
    expect(rels).toContain('Id="rIdS1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="charts/chart1.xml"');
    expect([...document.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1])).toEqual(['1', '2']);
    const chart = await part(stable, 'word/charts/chart1.xml');
    const chartRels = await part(stable, 'word/charts/_rels/chart1.xml.rels');
    const workbookId = /<c:externalData r:id="([^"]+)"/.exec(chart)?.[1];
    expect(workbookId).toMatch(/^rIdS\d+$/);
    expect(chartRels).toContain(`Id="${workbookId}"`);
    expect(`${rels}${document}${chart}${chartRels}`).not.toMatch(/rId[0-9a-z_-]{21}/);
  });

  it('returns a document without charts or drawings as it was', async () => {
    const bytes = await filled(['{{tabell_ansvar}}']);
    expect(await withStableIds(bytes)).toBe(bytes);
  });
});
