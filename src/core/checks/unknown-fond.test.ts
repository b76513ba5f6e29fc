import { rawWorkbook, smallSheets, type SheetRows } from '../../../test/helpers/raw-workbook-builder';
import { analyseWorkbook } from '../pipeline';
import { unknownFond } from './unknown-fond';

const run = (sheets: Record<string, SheetRows>) => analyseWorkbook(rawWorkbook(sheets));
const findingsOf = (sheets: Record<string, SheetRows>) => run(sheets).findings.filter((f) => f.code === unknownFond.code);

describe('unknown-fond', () => {
  it('is silent on the valid small workbook', () => {
    expect(findingsOf(smallSheets())).toEqual([]);
  });

  it('reports a fund in Ansvar.Fond that is not on sheet Fond, at the Fond cell', () => {
    const sheets = smallSheets();
    sheets.Ansvar![2]![2] = 25699999;
    const analysis = run(sheets);
    const findings = analysis.findings.filter((f) => f.code === unknownFond.code);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.severity).toBe('error');
    expect(finding?.location).toEqual({ sheet: 'Ansvar', cell: 'C3' });
    expect(finding?.message).toBe('Fond 25699999 (for ansvar 1100) finnes ikke på arket Fond.');
    expect(finding?.hint).toContain('25699999');
    expect(analysis.ok).toBe(false);
  });

  it('reports a fund in Vedtatte avsetninger that is not on sheet Fond', () => {
    const sheets = smallSheets();
    sheets['Vedtatte avsetninger']![1]![0] = '25699998';
    const [finding, ...rest] = findingsOf(sheets);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('error');
    expect(finding?.location).toEqual({ sheet: 'Vedtatte avsetninger', cell: 'A2' });
    expect(finding?.message).toBe('Fond 25699998 finnes ikke på arket Fond.');
    expect(finding?.hint).toContain('25699998');
  });

  it('reports a Standardfond in Oppsett that is not on sheet Fond, at its value cell', () => {
    const sheets = smallSheets();
    sheets.Oppsett![3]![1] = 25699997;
    const [finding, ...rest] = findingsOf(sheets);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('error');
    expect(finding?.location).toEqual({ sheet: 'Oppsett', cell: 'B4' });
    expect(finding?.message).toBe('Standardfond 25699997 finnes ikke på arket Fond.');
    expect(finding?.hint).toContain('25699997');
  });

  it('names the Fond sheet as it is called in the workbook', () => {
    const sheets = Object.fromEntries(Object.entries(smallSheets()).map(([name, rows]) => [name === 'Fond' ? 'Funds' : name, rows]));
    sheets.Ansvar![2]![2] = 25699999;
    const [finding] = findingsOf(sheets);
    expect(finding?.message).toContain('arket Funds');
  });
});
