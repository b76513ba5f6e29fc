import { rawWorkbook, smallSheets, type SheetRows } from '../../../test/helpers/raw-workbook-builder';
import { analyseWorkbook } from '../pipeline';
import { duplicateAnsvar } from './duplicate-ansvar';

const run = (sheets: Record<string, SheetRows>) => analyseWorkbook(rawWorkbook(sheets));
const findingsOf = (sheets: Record<string, SheetRows>) => run(sheets).findings.filter((f) => f.code === duplicateAnsvar.code);

describe('duplicate-ansvar', () => {
  it('is silent on the valid small workbook', () => {
    expect(findingsOf(smallSheets())).toEqual([]);
  });

  it('reports the second row of an ansvar at its code cell; the first row counts', () => {
    const sheets = smallSheets();
    sheets.Ansvar!.push(['1000', 'Administrasjon igjen', null, null]);
    const analysis = run(sheets);
    const findings = analysis.findings.filter((f) => f.code === duplicateAnsvar.code);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.severity).toBe('error');
    expect(finding?.location).toEqual({ sheet: 'Ansvar', cell: 'A4' });
    expect(finding?.message).toBe('Ansvar 1000 står to ganger på arket Ansvar (rad 2 og rad 4).');
    expect(finding?.hint).toBe('Hvert ansvar skal stå på én rad. Slå sammen eller slett den ene raden.');
    expect(analysis.ok).toBe(false);
    expect(analysis.figures.ansvar.map((a) => [a.code, a.navn])).toEqual([['1000', 'Administrasjon'], ['1100', 'Drift']]);
  });

  it('reports every repetition against the first row', () => {
    const sheets = smallSheets();
    sheets.Ansvar!.push([1100, 'Drift 2', null, null], [1100, 'Drift 3', null, null]);
    expect(findingsOf(sheets).map((f) => [f.location.cell, f.message])).toEqual([
      ['A4', 'Ansvar 1100 står to ganger på arket Ansvar (rad 3 og rad 4).'],
      ['A5', 'Ansvar 1100 står to ganger på arket Ansvar (rad 3 og rad 5).'],
    ]);
  });
});
