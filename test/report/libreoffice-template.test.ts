import { readFileSync } from 'fs';
import { join } from 'path';
import { exceljsFileSource } from '../../src/adapters/exceljs/exceljs-source';
import { analyseSource } from '../../src/core/pipeline';
import { fillTemplate } from '../../src/report/template/fill-template';
import { docxText } from '../helpers/docx-text';
import { expectValidDocx } from '../helpers/validate-ooxml';

/**
 * The default template after LibreOffice opened and saved it (no theme part, its own run
 * structure and styles): made once with
 *   soffice --headless --convert-to "docx:MS Word 2007 XML" templates/arsmelding.docx
 */
const TEMPLATE = join(__dirname, '../fixtures/arsmelding.libreoffice.docx');
const EXAMPLE = join(__dirname, '../../examples/ikt-indre-namdal-2017.xlsx');

describe('a template saved by LibreOffice', () => {
  it('is filled like the original: the figures are there, no placeholder is left, the XML validates', async () => {
    const analysis = await analyseSource(exceljsFileSource(EXAMPLE));
    const result = await fillTemplate({ name: 'arsmelding.libreoffice.docx', bytes: readFileSync(TEMPLATE) }, analysis);
    expect(result.findings).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const text = (await docxText(result.bytes)).join('\n');
    expect(text).toContain('Regnskapet for 2017 viser et regnskapsmessig mindreforbruk på kr 2 851 193.');
    expect(text).toContain('Ansvar 1012 KLP Pensjonsoppgjør — merforbruk på kr 25 315');
    expect(text).toContain('Beløpet avsettes til balansekonto 25699102 Disposisjonsfond RK/NK/GK/LK');
    expect(text).not.toMatch(/\{\{|\}\}/);
    await expectValidDocx(result.bytes);
  });
});
