import { rawWorkbook, smallSheets, type CellInput, type SheetRows } from '../../../test/helpers/raw-workbook-builder';
import { analyseWorkbook } from '../pipeline';
import { invalidSetting } from './invalid-setting';

const run = (sheets: Record<string, SheetRows>) => analyseWorkbook(rawWorkbook(sheets));
const findingsOf = (sheets: Record<string, SheetRows>) => run(sheets).findings.filter((f) => f.code === invalidSetting.code);

/** smallSheets() with extra rows on Oppsett (from row 5). */
function withSettings(...rows: CellInput[][]) {
  const sheets = smallSheets();
  sheets.Oppsett!.push(...rows);
  return sheets;
}

describe('invalid-setting', () => {
  it('is silent on the valid small workbook', () => {
    expect(findingsOf(smallSheets())).toEqual([]);
  });

  it('reports a missing Selskap on the sheet, naming the key', () => {
    const sheets = smallSheets();
    sheets.Oppsett!.splice(1, 1);
    const analysis = run(sheets);
    const findings = analysis.findings.filter((f) => f.code === invalidSetting.code);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.severity).toBe('error');
    expect(finding?.location).toEqual({ sheet: 'Oppsett' });
    expect(finding?.message).toBe('Oppsett mangler nøkkelen Selskap.');
    expect(finding?.hint).toContain('Selskap');
    expect(analysis.ok).toBe(false);
  });

  it('reports a missing År on the sheet', () => {
    const sheets = smallSheets();
    sheets.Oppsett!.splice(2, 1);
    const [finding, ...rest] = findingsOf(sheets);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('error');
    expect(finding?.location).toEqual({ sheet: 'Oppsett' });
    expect(finding?.message).toBe('Oppsett mangler nøkkelen År.');
    expect(finding?.hint).toContain('2000 og 2100');
  });

  it('reports an empty Selskap at its value cell', () => {
    const sheets = smallSheets();
    sheets.Oppsett![1]![1] = '   ';
    const [finding, ...rest] = findingsOf(sheets);
    expect(rest).toEqual([]);
    expect(finding?.location).toEqual({ sheet: 'Oppsett', cell: 'B2' });
    expect(finding?.message).toBe('Selskap er tom.');
  });

  it.each<[string, CellInput]>([
    ['1999', 1999],
    ['2101', 2101],
    ['"abc"', 'abc'],
    ['2024,5', 2024.5],
    ['a date', { kind: 'date', iso: '2024-01-01T00:00:00.000Z' }],
    ['an error value', { kind: 'error', code: '#REF!' }],
  ])('reports År %s at its value cell', (_what, value) => {
    const sheets = smallSheets();
    sheets.Oppsett![2]![1] = value;
    const analysis = run(sheets);
    const [finding, ...rest] = analysis.findings.filter((f) => f.code === invalidSetting.code);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('error');
    expect(finding?.location).toEqual({ sheet: 'Oppsett', cell: 'B3' });
    expect(finding?.message).toContain('År');
    expect(finding?.hint).toContain('mellom 2000 og 2100');
    expect(analysis.model.settings.aar).toBeUndefined();
  });

  it('accepts År as the text "2024"', () => {
    const sheets = smallSheets();
    sheets.Oppsett![2]![1] = '2024';
    const analysis = run(sheets);
    expect(analysis.findings).toEqual([]);
    expect(analysis.model.settings.aar).toBe(2024);
  });

  it('reports Vesentlig avvik prosent 150', () => {
    const [finding, ...rest] = findingsOf(withSettings(['Vesentlig avvik prosent', 150]));
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('error');
    expect(finding?.location).toEqual({ sheet: 'Oppsett', cell: 'B6' });
    expect(finding?.message).toContain('Vesentlig avvik prosent');
    expect(finding?.hint).toContain('mellom 0 og 100');
  });

  it('reports a negative Vesentlig avvik kr', () => {
    const [finding, ...rest] = findingsOf(withSettings(['Vesentlig avvik kr', -1]));
    expect(rest).toEqual([]);
    expect(finding?.location).toEqual({ sheet: 'Oppsett', cell: 'B6' });
    expect(finding?.message).toContain('Vesentlig avvik kr');
  });

  it('reports Art fra konto "x"', () => {
    const [finding, ...rest] = findingsOf(withSettings(['Art fra konto', 'x']));
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('error');
    expect(finding?.location).toEqual({ sheet: 'Oppsett', cell: 'B6' });
    expect(finding?.message).toContain('Art fra konto');
    expect(finding?.hint).toContain('2,3');
  });

  it.each<[string, CellInput]>([['the text "2,3"', '2,3'], ['the text "2; 3"', '2; 3'], ['the number 2,3 that Norwegian Excel makes of it', 2.3]])(
    'accepts Art fra konto as %s',
    (_what, value) => {
      const analysis = run(withSettings(['Art fra konto', value]));
      expect(analysis.findings.filter((f) => f.code === invalidSetting.code)).toEqual([]);
      expect(analysis.model.settings.artFraKonto).toEqual({ start: 2, length: 3 });
    },
  );

  it('reports a Standardfond that is not a code', () => {
    const sheets = smallSheets();
    sheets.Oppsett![3]![1] = 'Disposisjonsfond';
    const [finding, ...rest] = findingsOf(sheets);
    expect(rest).toEqual([]);
    expect(finding?.location).toEqual({ sheet: 'Oppsett', cell: 'B4' });
    expect(finding?.message).toContain('Standardfond');
  });

  it('reports a repeated key at the repeated key cell, naming the key; the first value counts', () => {
    const analysis = run(withSettings(['selskap', 'Et annet selskap']));
    const [finding, ...rest] = analysis.findings.filter((f) => f.code === invalidSetting.code);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('error');
    expect(finding?.location).toEqual({ sheet: 'Oppsett', cell: 'A6' });
    expect(finding?.message).toContain('Selskap');
    expect(finding?.message).toContain('A6');
    expect(finding?.message).toContain('Oppsett');
    expect(finding?.hint).not.toBe('');
    expect(analysis.model.settings.selskap).toBe('Testselskap IKS');
  });

  it('names the sheet as it is called in the workbook', () => {
    const sheets = withSettings(['Year', 2025]);
    const renamed = Object.fromEntries(Object.entries(sheets).map(([name, rows]) => [name === 'Oppsett' ? 'Settings' : name, rows]));
    const [finding, ...rest] = findingsOf(renamed);
    expect(rest).toEqual([]);
    expect(finding?.location).toEqual({ sheet: 'Settings', cell: 'A6' });
    expect(finding?.message).toContain('arket Settings');
  });

  it('accepts the English keys', () => {
    const sheets = smallSheets();
    sheets.Oppsett = [['Key', 'Value'], ['Organisation', 'Test IKS'], ['Year', 2024], ['Default fund', 25690001], ['Funksjon disponering', 880]];
    expect(run(sheets).findings).toEqual([]);
  });
});
