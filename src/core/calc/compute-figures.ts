import { sumOre, type Ore } from '../money/ore';
import type { Model } from '../model/model';
import { computeAnsvarFigures, totalOf, type AnsvarFigures, type Amounts } from './ansvar-figures';
import { disposeResult, type Disposition } from './disposition';
import { computedUb, fundTable, type FundRow, type FundTotals } from './fund-table';
import { regulationLines, type RegulationPair } from './regulation';

export type ResultType = 'mindreforbruk' | 'merforbruk' | 'balanse';

/** Every figure of the report, exact in øre. */
export interface Figures {
  readonly ansvar: readonly AnsvarFigures[];
  readonly total: Amounts;
  /** Årets regnskapsmessige resultat: Σ avvik; positive is mindreforbruk. */
  readonly resultat: Ore;
  readonly resultatType: ResultType;
  readonly vedtatteAvsetninger: Ore;
  /** Resultat − vedtatte avsetninger. */
  readonly udisponert: Ore;
  /** In the order of sheet Fond. */
  readonly disposisjoner: readonly Disposition[];
  readonly udekketMerforbruk: Ore;
  readonly fond: readonly FundRow[];
  readonly fondTotal: FundTotals;
  readonly regulering: readonly RegulationPair[];
}

export function resultType(value: Ore): ResultType {
  return value > 0n ? 'mindreforbruk' : value < 0n ? 'merforbruk' : 'balanse';
}

/** What the Standardfond can give to cover a merforbruk: its balance after the year. */
function availableInStandardfond(model: Model): Ore {
  const konto = model.settings.standardfond;
  const fond = model.fond.find((f) => f.konto === konto);
  if (fond === undefined) return 0n;
  const vedtatt = sumOre(model.vedtatte.filter((v) => v.fond === konto).map((v) => v.belop));
  return (fond.ub ?? computedUb(fond)) + vedtatt;
}

export function computeFigures(model: Model): Figures {
  const ansvar = computeAnsvarFigures(model.ansvar, model.ledger, model.settings);
  const total = totalOf(ansvar);
  const resultat = total.avvik;
  const vedtatteAvsetninger = sumOre(model.vedtatte.map((v) => v.belop));
  const udisponert = resultat - vedtatteAvsetninger;
  const { disposisjoner, udekketMerforbruk } = disposeResult(
    udisponert, ansvar, model.settings.standardfond, availableInStandardfond(model));
  const fundOrder = (konto: string) => {
    const i = model.fond.findIndex((f) => f.konto === konto);
    return i < 0 ? model.fond.length : i;
  };
  const ordered = [...disposisjoner].sort((a, b) => fundOrder(a.fond) - fundOrder(b.fond));
  const funds = fundTable(model.fond, model.vedtatte, ordered);
  return {
    ansvar, total, resultat, resultatType: resultType(resultat), vedtatteAvsetninger, udisponert,
    disposisjoner: ordered, udekketMerforbruk, fond: funds.rows, fondTotal: funds.total,
    regulering: regulationLines(ordered, model.settings),
  };
}
