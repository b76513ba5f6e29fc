import { rawWorkbook, smallSheets, type SheetRows } from '../../../test/helpers/raw-workbook-builder';
import { analyseWorkbook } from '../pipeline';
import { merforbrukExceedsFund } from './merforbruk-exceeds-fund';

const run = (sheets: Record<string, SheetRows>) => analyseWorkbook(rawWorkbook(sheets));
const findingsOf = (sheets: Record<string, SheetRows>) => run(sheets).findings.filter((f) => f.code === merforbrukExceedsFund.code);

/** Ansvar 1000 spends 250 000 more than budgeted: udisponert −235 000,50 against 105 000 in the Standardfond. */
function withLargeMerforbruk(): Record<string, SheetRows> {
  const sheets = smallSheets();
  sheets.Regnskap![1]![3] = 300000.5;
  return sheets;
}

describe('merforbruk-exceeds-fund', () => {
  it('is silent on the valid small workbook', () => {
    expect(findingsOf(smallSheets())).toEqual([]);
  });

  it('warns at the Standardfond row when the merforbruk is larger than the fund', () => {
    const analysis = run(withLargeMerforbruk());
    const findings = analysis.findings.filter((f) => f.code === merforbrukExceedsFund.code);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.severity).toBe('warning');
    expect(finding?.location).toEqual({ sheet: 'Fond', cell: 'A2' });
    expect(finding?.message).toBe('Merforbruket er større enn det standardfondet kan dekke: 130 001 kr blir stående udekket.');
    expect(finding?.hint).toContain('to neste årene');
    expect(analysis.ok).toBe(true);
  });

  it('is silent when the Standardfond covers the merforbruk', () => {
    const sheets = smallSheets();
    sheets.Regnskap![1]![3] = 150000; // udisponert −85 000
    sheets.Fond![1] = [25690001, 'Disposisjonsfond', 200000, 0, 0, 200000]; // 205 000 available
    const analysis = run(sheets);
    expect(analysis.figures.udisponert).toBe(-8500000n);
    expect(analysis.figures.udekketMerforbruk).toBe(0n);
    expect(analysis.findings.filter((f) => f.code === merforbrukExceedsFund.code)).toEqual([]);
  });

  it('points at the Standardfond setting when the fund is not on sheet Fond', () => {
    const sheets = withLargeMerforbruk();
    sheets.Oppsett![3]![1] = 25699999;
    const [finding, ...rest] = findingsOf(sheets);
    expect(rest).toEqual([]);
    expect(finding?.location).toEqual({ sheet: 'Oppsett', cell: 'B4' });
    expect(finding?.message).toContain('235 001 kr');
  });
});
