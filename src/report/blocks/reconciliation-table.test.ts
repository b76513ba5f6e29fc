import { makeTemplate } from '../../../test/helpers/make-template';
import { docxText } from '../../../test/helpers/docx-text';
import { rawWorkbook, smallSheets } from '../../../test/helpers/raw-workbook-builder';
import { expectValidDocx } from '../../../test/helpers/validate-ooxml';
import { analyseWorkbook } from '../../core/pipeline';
import { fillTemplate } from '../template/fill-template';
import { reconciliationTable } from './reconciliation-table';

describe('{{kontrolloppstilling}}', () => {
  it('lists every reconciliation with both figures to the øre and "stemmer"', async () => {
    const analysis = analyseWorkbook(rawWorkbook(smallSheets()));
    const r = await fillTemplate({ name: 'mal.docx', bytes: await makeTemplate(['Vedlegg', '{{kontrolloppstilling}}']) }, analysis);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const text = (await docxText(r.bytes)).join('\n');
    expect(text).toContain(['Resultat − vedtatte avsetninger = udisponertResultat − vedtatte avsetninger / Udisponert', '14 999,50', '14 999,50', '0,00', 'stemmer'].join('\n'));
    expect(text.match(/stemmer/g)).toHaveLength(7);
    expect(text).not.toContain('avvik\n');
    await expectValidDocx(r.bytes);
  });

  it('marks a line that does not add up as a highlighted "avvik"', () => {
    const sheets = smallSheets();
    sheets.Fond![1]![5] = 99999;
    const analysis = analyseWorkbook(rawWorkbook(sheets));
    const xml = JSON.stringify(reconciliationTable(analysis));
    expect(xml).toContain('avvik');
    expect(xml).toContain('yellow');
  });
});
