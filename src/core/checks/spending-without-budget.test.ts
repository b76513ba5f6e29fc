import { rawWorkbook, smallSheets, type SheetRows } from '../../../test/helpers/raw-workbook-builder';
import { analyseWorkbook } from '../pipeline';
import { spendingWithoutBudget } from './spending-without-budget';

const run = (sheets: Record<string, SheetRows>) => analyseWorkbook(rawWorkbook(sheets));
const findingsOf = (sheets: Record<string, SheetRows>) => run(sheets).findings.filter((f) => f.code === spendingWithoutBudget.code);

describe('spending-without-budget', () => {
  it('is silent on the valid small workbook', () => {
    expect(findingsOf(smallSheets())).toEqual([]);
  });

  it('warns about expenses on an ansvar whose expense budget is 0, at its code cell', () => {
    const sheets = smallSheets();
    sheets.Regnskap![3]![4] = 0; // 1100, art 11200: no budget
    sheets.Regnskap![4]![4] = 0; // its revenue budget too, so the budget still balances
    const analysis = run(sheets);
    const findings = analysis.findings.filter((f) => f.code === spendingWithoutBudget.code);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.severity).toBe('warning');
    expect(finding?.location).toEqual({ sheet: 'Ansvar', cell: 'A3' });
    expect(finding?.message).toBe('Ansvar 1100 Drift har utgifter på 30 000 kr, men utgiftsbudsjettet er 0.');
    expect(finding?.hint).not.toBe('');
    expect(analysis.ok).toBe(true);
  });

  it('is silent on an ansvar with only revenues and no budget', () => {
    const sheets = smallSheets();
    sheets.Regnskap![3] = [1100, 17500, 120, -40000, 0];
    sheets.Regnskap![4] = [1000, 17500, 120, 0, -40000];
    sheets.Regnskap![1]![4] = 100000;
    expect(findingsOf(sheets)).toEqual([]);
  });
});
