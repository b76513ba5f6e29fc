import { rawWorkbook, smallSheets, type SheetRows } from '../../../test/helpers/raw-workbook-builder';
import { analyseWorkbook } from '../pipeline';
import { duplicateColumn } from './duplicate-column';

const run = (sheets: Record<string, SheetRows>) => analyseWorkbook(rawWorkbook(sheets));
const findingsOf = (sheets: Record<string, SheetRows>) => run(sheets).findings.filter((f) => f.code === duplicateColumn.code);

describe('duplicate-column', () => {
  it('is silent on the valid small workbook', () => {
    expect(findingsOf(smallSheets())).toEqual([]);
  });

  it('reports a second column with the same meaning at its header cell', () => {
    const sheets = smallSheets();
    sheets.Regnskap = sheets.Regnskap!.map((row, i) => [...row, i === 0 ? 'Budsjett' : 1]);
    const analysis = run(sheets);
    const findings = analysis.findings.filter((f) => f.code === duplicateColumn.code);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.severity).toBe('error');
    expect(finding?.location).toEqual({ sheet: 'Regnskap', cell: 'F1' });
    expect(finding?.message).toBe('Kolonnen Regulert budsjett står to ganger på arket Regnskap (også i E1).');
    expect(finding?.hint).not.toBe('');
    expect(analysis.ok).toBe(false);
    // the first column counts: the budget still balances
    expect(analysis.findings.filter((f) => f.code !== duplicateColumn.code)).toEqual([]);
  });

  it('reports the same header written twice', () => {
    const sheets = smallSheets();
    sheets.Ansvar = sheets.Ansvar!.map((row, i) => [...row, i === 0 ? 'navn' : 'x']);
    const [finding, ...rest] = findingsOf(sheets);
    expect(rest).toEqual([]);
    expect(finding?.location).toEqual({ sheet: 'Ansvar', cell: 'E1' });
    expect(finding?.message).toContain('Navn');
    expect(finding?.message).toContain('B1');
  });
});
