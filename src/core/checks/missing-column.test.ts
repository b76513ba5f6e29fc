import { rawWorkbook, smallSheets, type SheetRows } from '../../../test/helpers/raw-workbook-builder';
import { analyseWorkbook } from '../pipeline';
import { missingColumn } from './missing-column';

const run = (sheets: Record<string, SheetRows>) => analyseWorkbook(rawWorkbook(sheets));
const findingsOf = (sheets: Record<string, SheetRows>) => run(sheets).findings.filter((f) => f.code === missingColumn.code);

/** Removes column `index` (0-based) from every row of a sheet. */
function dropColumn(rows: SheetRows, index: number): SheetRows {
  return rows.map((row) => row.filter((_, i) => i !== index));
}

describe('missing-column', () => {
  it('is silent on the valid small workbook', () => {
    expect(findingsOf(smallSheets())).toEqual([]);
  });

  it('reports a missing required column at the header row, naming the accepted names', () => {
    const sheets = smallSheets();
    sheets.Regnskap = dropColumn(sheets.Regnskap!, 4); // Regulert budsjett
    const analysis = run(sheets);
    const findings = analysis.findings.filter((f) => f.code === missingColumn.code);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.severity).toBe('error');
    expect(finding?.location).toEqual({ sheet: 'Regnskap', cell: 'A1' });
    expect(finding?.message).toContain('Regnskap');
    expect(finding?.message).toContain('Regulert budsjett');
    expect(finding?.hint).toContain('Revidert budsjett');
    expect(finding?.hint).toContain('Budget');
    expect(analysis.ok).toBe(false);
  });

  it('points at the header row where it is not the first row', () => {
    const sheets = smallSheets();
    sheets.Ansvar = [[], [], ...dropColumn(sheets.Ansvar!, 1)]; // no Navn; header in row 3
    const [finding, ...rest] = findingsOf(sheets);
    expect(rest).toEqual([]);
    expect(finding?.location).toEqual({ sheet: 'Ansvar', cell: 'A3' });
    expect(finding?.message).toContain('Navn');
    expect(finding?.message).toContain('rad 3');
    expect(finding?.hint).toContain('Ansvarsnavn');
  });

  it('reports each missing column of a sheet', () => {
    const sheets = smallSheets();
    sheets.Fond = dropColumn(dropColumn(sheets.Fond!, 2), 1); // no Navn, no Inngående balanse
    expect(findingsOf(sheets).map((f) => [f.location, f.message])).toEqual([
      [{ sheet: 'Fond', cell: 'A1' }, 'Arket Fond mangler kolonnen Navn i overskriftsraden (rad 1).'],
      [{ sheet: 'Fond', cell: 'A1' }, 'Arket Fond mangler kolonnen Inngående balanse i overskriftsraden (rad 1).'],
    ]);
  });

  it('reports an empty sheet once, on the sheet, with the columns it needs', () => {
    const sheets = smallSheets();
    sheets.Regnskap = [];
    const findings = findingsOf(sheets);
    expect(findings.map((f) => f.location)).toEqual([{ sheet: 'Regnskap' }]);
    expect(findings.map((f) => f.message)).toEqual([
      'Arket Regnskap er tomt; det trenger kolonnene Ansvar, Art, Regnskap, Regulert budsjett.',
    ]);
    expect(findings.every((f) => f.severity === 'error' && f.hint !== '')).toBe(true);
  });

  it('finds columns by alias, in any order, case-insensitively, and ignores extra columns', () => {
    const sheets = smallSheets();
    sheets.Regnskap = [
      ['Merknad', 'BUDSJETT', ' faktisk ', 'Konto', 'Tjeneste', 'Ansvarsnr'],
      ...sheets.Regnskap!.slice(1).map(([a, art, f, r, b]) => ['x', b, r, art, f, a]),
    ];
    const analysis = run(sheets);
    expect(analysis.findings).toEqual([]);
    expect(analysis.figures.resultat).toBe(1999950n);
  });

  it('does not require the optional columns', () => {
    const sheets = smallSheets();
    sheets.Ansvar = dropColumn(dropColumn(sheets.Ansvar!, 3), 2); // no Fond, no Forklaring
    sheets.Fond = sheets.Fond!.map((row) => row.slice(0, 3)); // no Avsetning, Bruk, UB
    expect(findingsOf(sheets)).toEqual([]);
  });

  it('also checks the optional sheets that are present', () => {
    const sheets = smallSheets();
    sheets['Vedtatte avsetninger'] = [['Fond', 'Vedtak'], [25690001, 'Styresak 1/2024']];
    const [finding, ...rest] = findingsOf(sheets);
    expect(rest).toEqual([]);
    expect(finding?.location).toEqual({ sheet: 'Vedtatte avsetninger', cell: 'A1' });
    expect(finding?.message).toContain('Beløp');
  });
});
