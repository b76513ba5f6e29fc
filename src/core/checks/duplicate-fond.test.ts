import { rawWorkbook, smallSheets, type SheetRows } from '../../../test/helpers/raw-workbook-builder';
import { analyseWorkbook } from '../pipeline';
import { duplicateFond } from './duplicate-fond';

const run = (sheets: Record<string, SheetRows>) => analyseWorkbook(rawWorkbook(sheets));
const findingsOf = (sheets: Record<string, SheetRows>) => run(sheets).findings.filter((f) => f.code === duplicateFond.code);

describe('duplicate-fond', () => {
  it('is silent on the valid small workbook', () => {
    expect(findingsOf(smallSheets())).toEqual([]);
  });

  it('reports the second row of a fund at its account cell', () => {
    const sheets = smallSheets();
    sheets.Fond!.push([25690001, 'Disposisjonsfond kopi', 0, 0, 0, 0]);
    const analysis = run(sheets);
    const findings = analysis.findings.filter((f) => f.code === duplicateFond.code);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.severity).toBe('error');
    expect(finding?.location).toEqual({ sheet: 'Fond', cell: 'A4' });
    expect(finding?.message).toBe('Fond 25690001 står to ganger på arket Fond (rad 2 og rad 4).');
    expect(finding?.hint).toBe('Hvert fond skal stå på én rad. Slå sammen eller slett den ene raden.');
    expect(analysis.ok).toBe(false);
  });
});
