import { rawWorkbook, smallSheets, type SheetRows } from '../../../test/helpers/raw-workbook-builder';
import { analyseWorkbook } from '../pipeline';
import { unknownAnsvar } from './unknown-ansvar';

const run = (sheets: Record<string, SheetRows>) => analyseWorkbook(rawWorkbook(sheets));
const findingsOf = (sheets: Record<string, SheetRows>) => run(sheets).findings.filter((f) => f.code === unknownAnsvar.code);

describe('unknown-ansvar', () => {
  it('is silent on the valid small workbook', () => {
    expect(findingsOf(smallSheets())).toEqual([]);
  });

  it('reports a ledger ansvar that is not on sheet Ansvar, at the ledger cell', () => {
    const sheets = smallSheets();
    sheets.Regnskap![2]![0] = 7777;
    const analysis = run(sheets);
    const findings = analysis.findings.filter((f) => f.code === unknownAnsvar.code);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.severity).toBe('error');
    expect(finding?.location).toEqual({ sheet: 'Regnskap', cell: 'A3' });
    expect(finding?.message).toBe('Ansvar 7777 finnes ikke på arket Ansvar.');
    expect(finding?.hint).toContain('7777');
    expect(finding?.hint).toContain('rad 3');
    expect(analysis.ok).toBe(false);
  });

  it('reports each ledger row with an unknown ansvar', () => {
    const sheets = smallSheets();
    sheets.Regnskap![3]![0] = 1200;
    sheets.Regnskap![4]![0] = '1200';
    expect(findingsOf(sheets).map((f) => f.location.cell)).toEqual(['A4', 'A5']);
  });

  it('uses the Ansvar column wherever it is', () => {
    const sheets = smallSheets();
    sheets.Regnskap = sheets.Regnskap!.map(([a, ...rest]) => [...rest, a]);
    sheets.Regnskap[1]![4] = 7777;
    const [finding, ...rest] = findingsOf(sheets);
    expect(rest).toEqual([]);
    expect(finding?.location).toEqual({ sheet: 'Regnskap', cell: 'E2' });
  });

  it('is left to missing-sheet when sheet Ansvar is missing', () => {
    const sheets = smallSheets();
    delete sheets.Ansvar;
    expect(findingsOf(sheets)).toEqual([]);
  });
});
