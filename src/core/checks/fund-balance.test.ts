import { rawWorkbook, smallSheets, type SheetRows } from '../../../test/helpers/raw-workbook-builder';
import { analyseWorkbook } from '../pipeline';
import { fundBalance } from './fund-balance';

const run = (sheets: Record<string, SheetRows>) => analyseWorkbook(rawWorkbook(sheets));
const findingsOf = (sheets: Record<string, SheetRows>) => run(sheets).findings.filter((f) => f.code === fundBalance.code);

describe('fund-balance', () => {
  it('is silent on the valid small workbook', () => {
    expect(findingsOf(smallSheets())).toEqual([]);
  });

  it('reports a stated UB that is not IB + Avsetning − Bruk at the UB cell', () => {
    const sheets = smallSheets();
    sheets.Fond![2] = [25690002, 'Fond drift', 5000, 2000, 500, 7000];
    const analysis = run(sheets);
    const findings = analysis.findings.filter((f) => f.code === fundBalance.code);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.severity).toBe('error');
    expect(finding?.location).toEqual({ sheet: 'Fond', cell: 'F3' });
    expect(finding?.message).toBe(
      'Utgående balanse for fond 25690002 er 7 000,00, men inngående balanse + avsetning − bruk er 6 500,00.');
    expect(finding?.hint).not.toBe('');
    expect(analysis.ok).toBe(false);
  });

  it('accepts a UB that agrees with the movements of the year', () => {
    const sheets = smallSheets();
    sheets.Fond![2] = [25690002, 'Fond drift', 5000, 2000, 500, 6500];
    expect(findingsOf(sheets)).toEqual([]);
  });

  it('takes an empty UB cell as not stated, and an empty Avsetning or Bruk as 0', () => {
    const sheets = smallSheets();
    sheets.Fond![1] = [25690001, 'Disposisjonsfond', 100000, null, 250, null];
    sheets.Fond![2] = [25690002, 'Fond drift', 5000, null, null, 5000];
    const analysis = run(sheets);
    expect(analysis.findings.filter((f) => f.code === fundBalance.code)).toEqual([]);
    expect(analysis.figures.fond.map((f) => f.ub)).toEqual([9975000n, 500000n]);
  });

  it('reports a stated UB of 0 that should not be 0', () => {
    const sheets = smallSheets();
    sheets.Fond![1]![5] = 0;
    const [finding, ...rest] = findingsOf(sheets);
    expect(rest).toEqual([]);
    expect(finding?.location).toEqual({ sheet: 'Fond', cell: 'F2' });
  });
});
