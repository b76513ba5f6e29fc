import { sumOre, type Ore } from '../money/ore';
import type { Model } from '../model/model';
import type { Figures } from './compute-figures';
import { computedUb } from './fund-table';

/** One line of the reconciliation appendix: two figures that must be equal. */
export interface Reconciliation {
  readonly label: string;
  readonly left: { readonly label: string; readonly value: Ore };
  readonly right: { readonly label: string; readonly value: Ore };
  readonly ok: boolean;
}

const line = (label: string, leftLabel: string, left: Ore, rightLabel: string, right: Ore): Reconciliation =>
  ({ label, left: { label: leftLabel, value: left }, right: { label: rightLabel, value: right }, ok: left === right });

/**
 * The figures proved against each other, each pair computed by a different path: the ledger
 * summed line by line against the per-ansvar figures, the result against its disposition, each
 * fund's movements against its stated closing balance, and the regulation lines against zero.
 */
export function reconcile(model: Model, f: Figures): readonly Reconciliation[] {
  const known = new Set(f.ansvar.map((a) => a.code));
  const ledger = model.ledger.filter((l) => known.has(l.ansvar));
  const ledgerResult = sumOre(ledger.map((l) => l.budsjett)) - sumOre(ledger.map((l) => l.regnskap));
  const disposed = sumOre(f.disposisjoner.map((d) => d.belop));
  const regulation = f.regulering.flatMap((p) => p.lines.map((l) => l.belop));
  return [
    line('Sum avvik over ansvar = årets resultat', 'Sum avvik per ansvar', sumOre(f.ansvar.map((a) => a.avvik)), 'Regulert budsjett − regnskap, alle linjer', ledgerResult),
    line('Regulert budsjett går i balanse', 'Sum regulert budsjett', sumOre(model.ledger.map((l) => l.budsjett)), 'Skal være', 0n),
    line('Resultat − vedtatte avsetninger = udisponert', 'Resultat − vedtatte avsetninger', f.resultat - f.vedtatteAvsetninger, 'Udisponert', f.udisponert),
    f.udisponert >= 0n
      ? line('Udisponert = sum disponering', 'Udisponert', f.udisponert, 'Sum disponering', disposed)
      : line('Udisponert merforbruk = dekning + udekket', 'Udisponert merforbruk', -f.udisponert, 'Dekket av fond + udekket', -disposed + f.udekketMerforbruk),
    ...model.fond.map((fond) => line(`Fond ${fond.konto}: IB + avsetning − bruk = UB`, 'IB + avsetning − bruk', computedUb(fond),
      fond.ub === undefined ? 'UB (ikke oppgitt; beregnet)' : 'UB oppgitt', fond.ub ?? computedUb(fond))),
    line('Budsjettreguleringen går i null', 'Sum reguleringslinjer', sumOre(regulation), 'Skal være', 0n),
  ];
}
