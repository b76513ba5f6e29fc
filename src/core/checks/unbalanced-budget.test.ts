import { rawWorkbook, smallSheets, type SheetRows } from '../../../test/helpers/raw-workbook-builder';
import { analyseWorkbook } from '../pipeline';
import { unbalancedBudget } from './unbalanced-budget';

const run = (sheets: Record<string, SheetRows>) => analyseWorkbook(rawWorkbook(sheets));
const findingsOf = (sheets: Record<string, SheetRows>) => run(sheets).findings.filter((f) => f.code === unbalancedBudget.code);

describe('unbalanced-budget', () => {
  it('is silent on the valid small workbook', () => {
    expect(findingsOf(smallSheets())).toEqual([]);
  });

  it('reports a budget that does not sum to 0 at the header cell of the budget column', () => {
    const sheets = smallSheets();
    sheets.Regnskap![1]![4] = 60001.25;
    const analysis = run(sheets);
    const findings = analysis.findings.filter((f) => f.code === unbalancedBudget.code);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.severity).toBe('error');
    expect(finding?.location).toEqual({ sheet: 'Regnskap', cell: 'E1' });
    expect(finding?.message).toContain('Regulert budsjett');
    expect(finding?.message).toContain('1,25 kr');
    expect(finding?.hint).not.toBe('');
    expect(analysis.ok).toBe(false);
  });

  it('points at the budget column wherever it is', () => {
    const sheets = smallSheets();
    sheets.Regnskap = [[], ...sheets.Regnskap!.map(([a, b, c, d, e]) => [a, e, b, c, d])];
    sheets.Regnskap[2]![1] = 59000;
    const [finding, ...rest] = findingsOf(sheets);
    expect(rest).toEqual([]);
    expect(finding?.location).toEqual({ sheet: 'Regnskap', cell: 'B2' });
    expect(finding?.message).toContain('-1 000,00 kr');
  });

  it('counts the budget of a row with an unknown ansvar', () => {
    const sheets = smallSheets();
    sheets.Regnskap!.push([7777, 10100, 120, 0, 5]);
    expect(findingsOf(sheets).map((f) => f.location)).toEqual([{ sheet: 'Regnskap', cell: 'E1' }]);
  });

  it('counts the budget of a row whose other cells could not be read', () => {
    const sheets = smallSheets();
    sheets.Regnskap![2]![3] = '−60 000'; // Regnskap as text: the row's budget −60 000 still balances
    expect(findingsOf(sheets)).toEqual([]);
    sheets.Regnskap![2]![1] = '175A0'; // a bad art, too
    expect(findingsOf(sheets)).toEqual([]);
  });

  it('leaves a budget column with an unreadable cell to invalid-amount', () => {
    const sheets = smallSheets();
    sheets.Regnskap![2]![4] = { kind: 'error', code: '#REF!' };
    const analysis = run(sheets);
    expect(analysis.findings.filter((f) => f.code === unbalancedBudget.code)).toEqual([]);
    expect(analysis.findings.map((f) => f.code)).toEqual(['invalid-amount']);
  });
});
