import { rawWorkbook, smallSheets, type SheetRows } from '../../../test/helpers/raw-workbook-builder';
import { analyseWorkbook } from '../pipeline';
import { missingStandardfond } from './missing-standardfond';

const run = (sheets: Record<string, SheetRows>) => analyseWorkbook(rawWorkbook(sheets));
const findingsOf = (sheets: Record<string, SheetRows>) => run(sheets).findings.filter((f) => f.code === missingStandardfond.code);

function withoutStandardfond(): Record<string, SheetRows> {
  const sheets = smallSheets();
  sheets.Oppsett!.splice(3, 1);
  return sheets;
}

describe('missing-standardfond', () => {
  it('is silent on the valid small workbook', () => {
    expect(findingsOf(smallSheets())).toEqual([]);
  });

  it('leaves an unreadable Standardfond to invalid-setting, so it is reported once', () => {
    const sheets = smallSheets();
    sheets.Oppsett![3]![1] = 'abc';
    const findings = run(sheets).findings;
    expect(findingsOf(sheets)).toEqual([]);
    expect(findings.filter((f) => f.location.cell === 'B4').map((f) => [f.code, f.message])).toEqual([
      ['invalid-setting', 'Standardfond har en ugyldig verdi: cellen inneholder teksten «abc».'],
    ]);
  });

  it('reports a positive remainder that no fund takes, on sheet Oppsett', () => {
    // udisponert 14 999,50: 10 000 goes to the dedicated fund, 4 999,50 has nowhere to go
    const analysis = run(withoutStandardfond());
    const findings = analysis.findings.filter((f) => f.code === missingStandardfond.code);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.severity).toBe('error');
    expect(finding?.location).toEqual({ sheet: 'Oppsett' });
    expect(finding?.message).toBe('Standardfond mangler, men årets resultat har et beløp som ikke har noe fond.');
    expect(finding?.hint).toContain('Standardfond');
    expect(analysis.ok).toBe(false);
  });

  it('reports a merforbruk that must be covered', () => {
    const sheets = withoutStandardfond();
    sheets.Regnskap![1]![3] = 300000.5;
    const [finding, ...rest] = findingsOf(sheets);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('error');
    expect(finding?.location).toEqual({ sheet: 'Oppsett' });
    expect(finding?.message).toContain('merforbruk');
  });

  it('points at the value cell when the key is there but empty', () => {
    const sheets = smallSheets();
    sheets.Oppsett![3]![1] = null;
    const [finding, ...rest] = findingsOf(sheets);
    expect(rest).toEqual([]);
    expect(finding?.location).toEqual({ sheet: 'Oppsett', cell: 'B4' });
  });

  it('is silent when a dedicated fund takes the whole result', () => {
    const sheets = withoutStandardfond();
    sheets.Ansvar![1]![2] = 25690002; // both ansvar give to 25690002: 19 999,50 ≥ udisponert 14 999,50
    const analysis = run(sheets);
    expect(analysis.findings.filter((f) => f.code === missingStandardfond.code)).toEqual([]);
    expect(analysis.figures.disposisjoner.map((d) => [d.fond, d.belop])).toEqual([['25690002', 1499950n]]);
  });

  it('is silent when there is nothing to dispose', () => {
    const sheets = withoutStandardfond();
    sheets['Vedtatte avsetninger']![1]![1] = 19999.5;
    const analysis = run(sheets);
    expect(analysis.figures.udisponert).toBe(0n);
    expect(analysis.findings.filter((f) => f.code === missingStandardfond.code)).toEqual([]);
  });
});
