import { rawWorkbook, smallSheets, type SheetRows } from '../../../test/helpers/raw-workbook-builder';
import { analyseWorkbook } from '../pipeline';
import { emptyTable } from './empty-table';

const run = (sheets: Record<string, SheetRows>) => analyseWorkbook(rawWorkbook(sheets));
const findingsOf = (sheets: Record<string, SheetRows>) => run(sheets).findings.filter((f) => f.code === emptyTable.code);

describe('empty-table', () => {
  it('is silent on the valid small workbook', () => {
    expect(findingsOf(smallSheets())).toEqual([]);
  });

  it.each(['Ansvar', 'Regnskap'])('reports the sheet %s with a header row and no rows', (name) => {
    const sheets = smallSheets();
    sheets[name] = sheets[name]!.slice(0, 1);
    const analysis = run(sheets);
    const findings = analysis.findings.filter((f) => f.code === emptyTable.code);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.severity).toBe('error');
    expect(finding?.location).toEqual({ sheet: name });
    expect(finding?.message).toBe(`Arket ${name} har overskrifter, men ingen rader.`);
    expect(finding?.hint).not.toBe('');
    expect(analysis.ok).toBe(false);
  });

  it('counts only subtotal rows as no rows', () => {
    const sheets = smallSheets();
    sheets.Regnskap = [sheets.Regnskap![0]!, ['Sum', null, null, 0, 0]];
    const [finding, ...rest] = findingsOf(sheets);
    expect(rest).toEqual([]);
    expect(finding?.location).toEqual({ sheet: 'Regnskap' });
  });

  it('leaves a sheet without any header to missing-column', () => {
    const sheets = smallSheets();
    sheets.Ansvar = [];
    expect(findingsOf(sheets)).toEqual([]);
  });

  it('does not require rows in an optional sheet', () => {
    const sheets = smallSheets();
    sheets['Vedtatte avsetninger'] = sheets['Vedtatte avsetninger']!.slice(0, 1);
    expect(findingsOf(sheets)).toEqual([]);
  });
});
