import { rawWorkbook, smallSheets } from '../../../test/helpers/raw-workbook-builder';
import { analyseWorkbook } from '../pipeline';
import { kostra065 } from './kostra-065';

/** smallSheets without its "Funksjon disponering 880" row, so the contract's default 899 applies. */
const findings = (mutate: (s: ReturnType<typeof smallSheets>) => void) => {
  const sheets = smallSheets();
  sheets.Oppsett!.splice(4, 1);
  mutate(sheets);
  return analyseWorkbook(rawWorkbook(sheets)).findings.filter((f) => f.code === kostra065.code);
};

describe('kostra-065', () => {
  it("fires on the contract's default line 15400 on funksjon 899, naming the default it came from", () => {
    const f = findings(() => undefined);
    expect(f.map((x) => [x.severity, x.location])).toEqual([
      ['warning', { sheet: 'Oppsett' }],
      ['warning', { sheet: 'Oppsett' }],
    ]);
    expect(f[0]?.message).toBe('Budsjettreguleringen fører konto 15400 (art 540) på funksjon 899; KOSTRA-kontroll 065 tillater funksjon 899 bare med art 589, 980 eller 989 (standardverdien for «Funksjon disponering», som ikke står på arket Oppsett).');
    expect(f[1]?.message).toContain('konto 19314 (art 931)');
    expect(f[0]?.hint).toContain('880');
  });

  it('points at the Oppsett cell that set the funksjon', () => {
    const f = findings((s) => s.Oppsett!.push(['Funksjon disponering', 899]));
    expect(f.map((x) => x.location)).toEqual([{ sheet: 'Oppsett', cell: 'B5' }, { sheet: 'Oppsett', cell: 'B5' }]);
    expect(f[0]?.message).not.toContain('standardverdien');
  });

  it('is silent with funksjon 880', () => {
    expect(findings((s) => s.Oppsett!.push(['Funksjon disponering', 880]))).toEqual([]);
  });

  it('fires when art 980 is put on a funksjon other than 899', () => {
    const f = findings((s) => s.Oppsett!.push(['Funksjon disponering', 880], ['Konto avsetning', 19800]));
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toContain('konto 19800 (art 980) på funksjon 880; KOSTRA-kontroll 065 krever funksjon 899');
  });

  it('reads the art where Oppsett says it sits in the konto', () => {
    const f = findings((s) => s.Oppsett!.push(['Funksjon disponering', 899], ['Art fra konto', '1,3'], ['Konto avsetning', 98900], ['Konto disponering', 58900]));
    expect(f).toEqual([]);
  });

  it('is silent when there is nothing to dispose', () => {
    expect(findings((s) => {
      s.Regnskap![1]![3] = 60000;
      s.Regnskap![3]![3] = 40000;
      s['Vedtatte avsetninger'] = [['Fond', 'Beløp']];
    })).toEqual([]);
  });
});
