import { rawWorkbook, smallSheets, type SheetRows } from '../../../test/helpers/raw-workbook-builder';
import { analyseWorkbook } from '../pipeline';
import { materialDeviation } from './material-deviation';

const run = (sheets: Record<string, SheetRows>) => analyseWorkbook(rawWorkbook(sheets));
const findingsOf = (sheets: Record<string, SheetRows>) => run(sheets).findings.filter((f) => f.code === materialDeviation.code);

/** Ansvar 1000 spends 200 000 on art 10100 against a budget of 60 000: merforbruk 140 000 (233 %). */
function withMaterialMerforbruk(): Record<string, SheetRows> {
  const sheets = smallSheets();
  sheets.Regnskap![1]![3] = 200000;
  return sheets;
}

describe('material-deviation-unexplained', () => {
  it('is silent on the valid small workbook', () => {
    expect(findingsOf(smallSheets())).toEqual([]);
  });

  it('warns at the Forklaring cell when the deviation reaches both thresholds and is not explained', () => {
    const analysis = run(withMaterialMerforbruk());
    const findings = analysis.findings.filter((f) => f.code === materialDeviation.code);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.severity).toBe('warning');
    expect(finding?.location).toEqual({ sheet: 'Ansvar', cell: 'D2' });
    expect(finding?.message).toBe('Ansvar 1000 Administrasjon har et vesentlig merforbruk på 140 000 kr uten forklaring.');
    expect(finding?.hint).toContain('100 000 kr og 10,0 %');
    expect(analysis.ok).toBe(true);
  });

  it('says mindreforbruk for a material underspend', () => {
    const sheets = smallSheets();
    sheets.Regnskap![3]![4] = 400000; // 1100: expense budget 400 000, spent 30 000
    sheets.Regnskap![4] = [1100, 17500, 120, -400000, -400000];
    const [finding, ...rest] = findingsOf(sheets);
    expect(rest).toEqual([]);
    expect(finding?.location).toEqual({ sheet: 'Ansvar', cell: 'D3' });
    expect(finding?.message).toContain('Ansvar 1100 Drift har et vesentlig mindreforbruk på 370 000 kr');
  });

  it('is silent when the ansvar has a Forklaring', () => {
    const sheets = withMaterialMerforbruk();
    sheets.Ansvar![1]![3] = 'Lisenser kjøpt for to år.';
    expect(findingsOf(sheets)).toEqual([]);
  });

  it('does not take a blank Forklaring as an explanation', () => {
    const sheets = withMaterialMerforbruk();
    sheets.Ansvar![1]![3] = '   ';
    expect(findingsOf(sheets).map((f) => f.location)).toEqual([{ sheet: 'Ansvar', cell: 'D2' }]);
  });

  it('is silent when the deviation is below the percent threshold', () => {
    const sheets = smallSheets();
    // budget 2 000 000 on expenses, spent 2 150 000: merforbruk 150 000 ≥ 100 000 kr, but 7,5 % < 10 %
    sheets.Regnskap![1] = [1000, 10100, 120, 2150000, 2000000];
    sheets.Regnskap![2] = [1000, 17500, 120, -2000000, -2000000];
    const analysis = run(sheets);
    expect(analysis.figures.ansvar[0]?.avvik).toBe(-15000000n);
    expect(analysis.findings.filter((f) => f.code === materialDeviation.code)).toEqual([]);
  });

  it('is silent when the deviation is below the kroner threshold', () => {
    const sheets = smallSheets();
    sheets.Regnskap![1]![3] = 150000; // merforbruk 90 000: 150 % but < 100 000 kr
    expect(findingsOf(sheets)).toEqual([]);
  });

  it('uses the kroner threshold alone when the expense budget is 0', () => {
    const sheets = smallSheets();
    sheets.Regnskap![1] = [1000, 10100, 120, 160000, 0];
    sheets.Regnskap![2] = [1000, 17500, 120, -60000, 0];
    const analysis = run(sheets);
    expect(analysis.figures.ansvar[0]?.avvik).toBe(-10000000n);
    expect(analysis.figures.ansvar[0]?.bruttoUtgiftsbudsjett).toBe(0n);
    const findings = analysis.findings.filter((f) => f.code === materialDeviation.code);
    expect(findings.map((f) => f.location)).toEqual([{ sheet: 'Ansvar', cell: 'D2' }]);
    // and one krone less is not material
    sheets.Regnskap![1]![3] = 159999;
    expect(findingsOf(sheets)).toEqual([]);
  });

  it('uses the thresholds from Oppsett', () => {
    const sheets = smallSheets();
    sheets.Oppsett!.push(['Vesentlig avvik kr', 10000], ['Vesentlig avvik prosent', 20]);
    // 1000: 9 999,50 < 10 000 kr; 1100: 10 000 kr and 25 % of 40 000
    const [finding, ...rest] = findingsOf(sheets);
    expect(rest).toEqual([]);
    expect(finding?.location).toEqual({ sheet: 'Ansvar', cell: 'D3' });
    expect(finding?.message).toContain('Ansvar 1100 Drift');
    expect(finding?.hint).toContain('10 000 kr og 20,0 %');
    sheets.Oppsett!.push(['Vesentlig avvik prosent', 30]); // a repeated key does not count
    expect(findingsOf(sheets)).toHaveLength(1);
    sheets.Oppsett![6]![1] = 30; // 25 % < 30 %
    expect(findingsOf(sheets)).toEqual([]);
  });

  it('points at the Ansvar cell when the sheet has no Forklaring column', () => {
    const sheets = withMaterialMerforbruk();
    sheets.Ansvar = sheets.Ansvar!.map((row) => row.slice(0, 3));
    const [finding, ...rest] = findingsOf(sheets);
    expect(rest).toEqual([]);
    expect(finding?.location).toEqual({ sheet: 'Ansvar', cell: 'A2' });
  });
});
