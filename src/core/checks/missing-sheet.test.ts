import { rawWorkbook, smallSheets, type SheetRows } from '../../../test/helpers/raw-workbook-builder';
import { analyseWorkbook } from '../pipeline';
import { missingSheet } from './missing-sheet';

const run = (sheets: Record<string, SheetRows>) => analyseWorkbook(rawWorkbook(sheets));
const findingsOf = (sheets: Record<string, SheetRows>) => run(sheets).findings.filter((f) => f.code === missingSheet.code);

/** smallSheets() with one sheet renamed, keeping the order of the sheets. */
function renamed(from: string, to: string): Record<string, SheetRows> {
  return Object.fromEntries(Object.entries(smallSheets()).map(([name, rows]) => [name === from ? to : name, rows]));
}

function without(name: string): Record<string, SheetRows> {
  const sheets = smallSheets();
  delete sheets[name];
  return sheets;
}

describe('missing-sheet', () => {
  it('is silent on the valid small workbook', () => {
    expect(findingsOf(smallSheets())).toEqual([]);
  });

  it.each([
    ['Oppsett', 'Settings'],
    ['Ansvar', 'Responsibility centres'],
    ['Regnskap', 'Ledger'],
    ['Fond', 'Funds'],
  ])('reports the missing sheet %s as an error on the sheet', (name, alias) => {
    const analysis = run(without(name));
    const findings = analysis.findings.filter((f) => f.code === missingSheet.code);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.severity).toBe('error');
    expect(finding?.location).toEqual({ sheet: name });
    expect(finding?.message).toBe(`Arket ${name} mangler.`);
    expect(finding?.hint).toContain(name);
    expect(finding?.hint).toContain(alias);
    expect(analysis.ok).toBe(false);
    // a missing sheet comes before the findings about the sheets that are there
    expect(analysis.findings[0]).toBe(finding);
  });

  it('does not require the optional sheets', () => {
    const sheets = without('Vedtatte avsetninger');
    expect(findingsOf(sheets)).toEqual([]);
  });

  it('reports every missing sheet, not just the first', () => {
    const findings = findingsOf({ Notater: [['Ingenting her']] });
    expect(findings.map((f) => f.location.sheet).sort()).toEqual(['Ansvar', 'Fond', 'Oppsett', 'Regnskap']);
  });

  it.each([
    ['Regnskap', '  regnskap '],
    ['Regnskap', 'REGNSKAP'],
    ['Regnskap', 'Ledger'],
    ['Ansvar', ' responsibility centres'],
    ['Oppsett', 'Settings '],
    ['Oppsett', 'oppsett'],
    ['Fond', 'Funds'],
  ])('finds the sheet %s named %j (case, spaces and English alias)', (name, alias) => {
    const analysis = run(renamed(name, alias));
    expect(analysis.findings.filter((f) => f.code === missingSheet.code)).toEqual([]);
    expect(analysis.findings).toEqual([]);
    expect(analysis.figures.resultat).toBe(1999950n);
  });
});
