import { rawWorkbook, smallSheets } from '../../../test/helpers/raw-workbook-builder';
import { analyseWorkbook } from '../pipeline';
import { reconcile } from './reconciliation';

const reconciled = (mutate: (s: ReturnType<typeof smallSheets>) => void = () => undefined) => {
  const sheets = smallSheets();
  mutate(sheets);
  const a = analyseWorkbook(rawWorkbook(sheets));
  return reconcile(a.model, a.figures);
};

describe('reconcile', () => {
  it('agrees on every line of a sound workbook', () => {
    const lines = reconciled();
    expect(lines.map((l) => [l.label, l.ok])).toEqual([
      ['Sum avvik over ansvar = årets resultat', true],
      ['Regulert budsjett går i balanse', true],
      ['Resultat − vedtatte avsetninger = udisponert', true],
      ['Udisponert = sum disponering', true],
      ['Fond 25690001: IB + avsetning − bruk = UB', true],
      ['Fond 25690002: IB + avsetning − bruk = UB', true],
      ['Budsjettreguleringen går i null', true],
    ]);
    expect(lines[3]?.left.value).toBe(1499950n);
  });

  it('shows avvik where a broken workbook does not add up', () => {
    const lines = reconciled((s) => {
      s.Fond![1]![5] = 99999; // stated UB differs from IB + avsetning − bruk
      s.Regnskap![1]![4] = 60001; // the budget no longer balances
    });
    expect(lines.filter((l) => !l.ok).map((l) => [l.label, l.left.value, l.right.value])).toEqual([
      ['Regulert budsjett går i balanse', 100n, 0n],
      ['Fond 25690001: IB + avsetning − bruk = UB', 10000000n, 9999900n],
    ]);
  });

  it('reconciles a merforbruk with its cover and what is carried forward', () => {
    const lines = reconciled((s) => { s.Regnskap![1]![3] = 300000.5; });
    const line = lines.find((l) => l.label.startsWith('Udisponert merforbruk'));
    expect(line).toMatchObject({ ok: true, left: { value: 23500050n }, right: { value: 23500050n } });
  });
});
