import { rawWorkbook, smallSheets } from '../../../test/helpers/raw-workbook-builder';
import { analyseWorkbook } from '../pipeline';
import { kostra070 } from './kostra-070';

/** A merforbruk year: the regulation covers it with 15300 (art 530) and 19400 (art 940). */
const deficit = (extra: (string | number)[][] = []) => {
  const sheets = smallSheets();
  sheets.Regnskap![1]![3] = 300000.5;
  sheets.Oppsett!.splice(4, 1); // back to the contract's default funksjon 899
  sheets.Oppsett!.push(...extra);
  return analyseWorkbook(rawWorkbook(sheets)).findings.filter((f) => f.code === kostra070.code);
};

describe('kostra-070', () => {
  it('fires on art 530 (dekning av merforbruk) on funksjon 899', () => {
    const f = deficit();
    expect(f.map((x) => [x.severity, x.location])).toEqual([['warning', { sheet: 'Oppsett' }]]);
    expect(f[0]?.message).toContain('konto 15300 (art 530) på funksjon 899; KOSTRA-kontroll 070 tillater art 530 bare med funksjon 880');
    expect(f[0]?.hint).toBe('Sett «Funksjon disponering» på arket Oppsett til 880.');
  });

  it('points at the cell and is silent with funksjon 880', () => {
    expect(deficit([['Funksjon disponering', 850]]).map((x) => x.location)).toEqual([{ sheet: 'Oppsett', cell: 'B5' }]);
    expect(deficit([['Funksjon disponering', 880]])).toEqual([]);
  });

  it('is silent in a year with a mindreforbruk (no art 530 line)', () => {
    const sheets = smallSheets();
    expect(analyseWorkbook(rawWorkbook(sheets)).findings.filter((f) => f.code === kostra070.code)).toEqual([]);
  });
});
