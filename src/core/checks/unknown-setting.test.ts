import { rawWorkbook, smallSheets, type SheetRows } from '../../../test/helpers/raw-workbook-builder';
import { analyseWorkbook } from '../pipeline';
import { unknownSetting } from './unknown-setting';

const run = (sheets: Record<string, SheetRows>) => analyseWorkbook(rawWorkbook(sheets));
const findingsOf = (sheets: Record<string, SheetRows>) => run(sheets).findings.filter((f) => f.code === unknownSetting.code);

describe('unknown-setting', () => {
  it('is silent on the valid small workbook', () => {
    expect(findingsOf(smallSheets())).toEqual([]);
  });

  it('warns about a key that is not used, at its key cell, naming it', () => {
    const sheets = smallSheets();
    sheets.Oppsett!.push(['Vesentlig avvik kroner', 50000]);
    const analysis = run(sheets);
    const findings = analysis.findings.filter((f) => f.code === unknownSetting.code);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.severity).toBe('warning');
    expect(finding?.location).toEqual({ sheet: 'Oppsett', cell: 'A6' });
    expect(finding?.message).toContain('«Vesentlig avvik kroner»');
    expect(finding?.hint).toContain('Vesentlig avvik kr');
    expect(analysis.ok).toBe(true);
    expect(analysis.model.settings.vesentligKr).toBe(10000000n);
  });

  it('accepts keys in any case and with extra spaces', () => {
    const sheets = smallSheets();
    sheets.Oppsett!.push(['  vesentlig   AVVIK kr ', 50000]);
    const analysis = run(sheets);
    expect(analysis.findings.filter((f) => f.code === unknownSetting.code)).toEqual([]);
    expect(analysis.model.settings.vesentligKr).toBe(5000000n);
  });

  it('skips the header row "Nøkkel | Verdi" only as the first row', () => {
    const sheets = smallSheets();
    sheets.Oppsett!.push(['Nøkkel', 'Verdi']);
    const [finding, ...rest] = findingsOf(sheets);
    expect(rest).toEqual([]);
    expect(finding?.location).toEqual({ sheet: 'Oppsett', cell: 'A6' });
  });
});
