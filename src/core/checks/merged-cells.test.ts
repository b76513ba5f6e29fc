import { rawWorkbook, smallSheets, type SheetRows } from '../../../test/helpers/raw-workbook-builder';
import { analyseWorkbook } from '../pipeline';
import { mergedCells } from './merged-cells';

const run = (sheets: Record<string, SheetRows>) => analyseWorkbook(rawWorkbook(sheets));
const findingsOf = (sheets: Record<string, SheetRows>) => run(sheets).findings.filter((f) => f.code === mergedCells.code);

describe('merged-cells', () => {
  it('is silent on the valid small workbook', () => {
    expect(findingsOf(smallSheets())).toEqual([]);
  });

  it('warns at the master cell and counts the merged value once', () => {
    const sheets = smallSheets();
    sheets.Regnskap![2]![3] = { kind: 'merged', master: 'D2' };
    const analysis = run(sheets);
    const findings = analysis.findings.filter((f) => f.code === mergedCells.code);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.severity).toBe('warning');
    expect(finding?.location).toEqual({ sheet: 'Regnskap', cell: 'D2' });
    expect(finding?.message).toContain('Cellen D2 er slått sammen med D3');
    expect(finding?.hint).not.toBe('');
    // D2 (50 000,50) counts on row 2 only; D3 is empty
    expect(analysis.model.ledger.map((l) => [l.rows, l.regnskap])).toEqual([[[2], 5000050n], [[3], 0n], [[4], 3000000n], [[5], -4000000n]]);
    expect(analysis.figures.ansvar[0]?.regnskap).toBe(5000050n);
    expect(analysis.findings.filter((f) => f.code === 'invalid-amount')).toEqual([]);
  });

  it('lists every cell covered by the same master in one finding', () => {
    const sheets = smallSheets();
    sheets.Regnskap![2]![2] = { kind: 'merged', master: 'C2' };
    sheets.Regnskap![3]![2] = { kind: 'merged', master: 'C2' };
    sheets.Regnskap![4]![2] = { kind: 'merged', master: 'C2' };
    const [finding, ...rest] = findingsOf(sheets);
    expect(rest).toEqual([]);
    expect(finding?.location).toEqual({ sheet: 'Regnskap', cell: 'C2' });
    expect(finding?.message).toContain('C3, C4, C5');
  });
});
