import { rawWorkbook, smallSheets, type SheetRows } from '../../../test/helpers/raw-workbook-builder';
import { analyseWorkbook } from '../pipeline';
import { missingText } from './missing-text';

const run = (sheets: Record<string, SheetRows>) => analyseWorkbook(rawWorkbook(sheets));
const findingsOf = (sheets: Record<string, SheetRows>) => run(sheets).findings.filter((f) => f.code === missingText.code);

describe('missing-text', () => {
  it('is silent on the valid small workbook', () => {
    expect(findingsOf(smallSheets())).toEqual([]);
  });

  it('reports a blank required name at its cell', () => {
    const sheets = smallSheets();
    sheets.Ansvar![2]![1] = null;
    const analysis = run(sheets);
    const findings = analysis.findings.filter((f) => f.code === missingText.code);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.severity).toBe('error');
    expect(finding?.location).toEqual({ sheet: 'Ansvar', cell: 'B3' });
    expect(finding?.message).toBe('Navn mangler på rad 3 på arket Ansvar.');
    expect(finding?.hint).not.toBe('');
    expect(analysis.ok).toBe(false);
  });

  it('reports a name cell that holds something other than text', () => {
    const sheets = smallSheets();
    sheets.Fond![2]![1] = { kind: 'error', code: '#N/A' };
    const [finding, ...rest] = findingsOf(sheets);
    expect(rest).toEqual([]);
    expect(finding?.location).toEqual({ sheet: 'Fond', cell: 'B3' });
    expect(finding?.message).toBe('Navn i B3 er ikke tekst: cellen inneholder feilverdien #N/A.');
  });

  it('accepts a number as a name', () => {
    const sheets = smallSheets();
    sheets.Ansvar![2]![1] = 2024;
    expect(findingsOf(sheets)).toEqual([]);
  });
});
