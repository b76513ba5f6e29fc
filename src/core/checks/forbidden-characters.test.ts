import { rawWorkbook, smallSheets } from '../../../test/helpers/raw-workbook-builder';
import { analyseWorkbook } from '../pipeline';
import { forbiddenCharacters } from './forbidden-characters';

describe('forbidden-characters', () => {
  const findingsOf = (sheets: ReturnType<typeof smallSheets>) =>
    analyseWorkbook(rawWorkbook(sheets)).findings.filter((f) => f.code === forbiddenCharacters.code);

  it('is silent on the valid small workbook', () => {
    expect(findingsOf(smallSheets())).toEqual([]);
  });

  it('warns at the cell and removes C0 controls, U+FFFE and lone surrogates from names', () => {
    const sheets = smallSheets();
    sheets.Ansvar![1]![1] = 'Admini\u0001stra\ufffesjon\ud800';
    sheets.Oppsett![1]![1] = 'Test\u000bselskap IKS';
    const analysis = analyseWorkbook(rawWorkbook(sheets));
    expect(analysis.findings.filter((f) => f.code === forbiddenCharacters.code).map((f) => [f.severity, f.location])).toEqual([
      ['warning', { sheet: 'Oppsett', cell: 'B2' }],
      ['warning', { sheet: 'Ansvar', cell: 'B2' }],
    ]);
    expect(analysis.model.ansvar[0]?.navn).toBe('Administrasjon');
    expect(analysis.model.settings.selskap).toBe('Testselskap IKS');
    expect(analysis.ok).toBe(true);
  });

  it('keeps tab, line feed and characters outside the BMP', () => {
    const sheets = smallSheets();
    sheets.Ansvar![1]![1] = 'Drift\tog\nvedlikehold 😀';
    expect(findingsOf(sheets)).toEqual([]);
    expect(analyseWorkbook(rawWorkbook(sheets)).model.ansvar[0]?.navn).toBe('Drift\tog\nvedlikehold 😀');
  });
});
