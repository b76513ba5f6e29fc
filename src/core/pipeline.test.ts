import { rawWorkbook, smallSheets } from '../../test/helpers/raw-workbook-builder';
import { analyseWorkbook } from './pipeline';

describe('analyseWorkbook', () => {
  it('finds nothing wrong in a small valid workbook and computes its figures', () => {
    const analysis = analyseWorkbook(rawWorkbook(smallSheets()));
    expect(analysis.findings).toEqual([]);
    expect(analysis.ok).toBe(true);
    const f = analysis.figures;
    expect(f.ansvar.map((a) => [a.code, a.avvik])).toEqual([['1000', 999950n], ['1100', 1000000n]]);
    expect(f.resultat).toBe(1999950n);
    expect(f.resultatType).toBe('mindreforbruk');
    expect(f.vedtatteAvsetninger).toBe(500000n);
    expect(f.udisponert).toBe(1499950n);
    expect(f.disposisjoner.map((d) => [d.fond, d.belop, d.grunnlag])).toEqual([
      ['25690001', 499950n, 'standardfond'],
      ['25690002', 1000000n, 'dedikert'],
    ]);
    expect(f.regulering[1]?.lines.map((l) => [l.konto, l.ansvar, l.funksjon, l.belop])).toEqual([
      ['15400', '9909', '880', 1000000n],
      ['19314', '9909', '880', -1000000n],
    ]);
    expect(f.fond.map((r) => [r.konto, r.ubEtterDisponering])).toEqual([
      ['25690001', 10000000n + 500000n + 499950n],
      ['25690002', 500000n + 1000000n],
    ]);
  });

  it('covers a merforbruk from the Standardfond and carries the rest forward', () => {
    const sheets = smallSheets();
    // 1000 spends 250 000 more than budgeted: resultat −230 000,50; udisponert −235 000,50
    sheets.Regnskap![1]![3] = 300000.5;
    const analysis = analyseWorkbook(rawWorkbook(sheets));
    const f = analysis.figures;
    expect(f.resultat).toBe(-23000050n);
    expect(f.resultatType).toBe('merforbruk');
    expect(f.udisponert).toBe(-23500050n);
    // Standardfond: UB 100 000 + vedtatt 5 000 = 105 000 available
    expect(f.disposisjoner.map((d) => [d.fond, d.belop])).toEqual([['25690001', -10500000n]]);
    expect(f.udekketMerforbruk).toBe(13000050n);
    expect(f.regulering[0]?.lines.map((l) => [l.konto, l.belop])).toEqual([['15300', 10500000n], ['19400', -10500000n]]);
    expect(analysis.findings.map((x) => [x.code, x.location])).toEqual([
      ['material-deviation-unexplained', { sheet: 'Ansvar', cell: 'D2' }],
      ['merforbruk-exceeds-fund', { sheet: 'Fond', cell: 'A2' }],
    ]);
    expect(analysis.ok).toBe(true);
  });
});
