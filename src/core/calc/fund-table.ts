import { sumOre, type Ore } from '../money/ore';
import type { FondEntry, VedtattAvsetning } from '../model/model';
import type { Disposition } from './disposition';

export interface FundRow {
  readonly konto: string;
  readonly navn: string;
  readonly ib: Ore;
  readonly avsetning: Ore;
  readonly bruk: Ore;
  /** Closing balance: as stated, or IB + avsetning − bruk where the workbook gives none. */
  readonly ub: Ore;
  /** Decided allocations that are part of the year's result, to be booked on the fund. */
  readonly vedtatt: Ore;
  /** The proposed disposition of the undisposed result (negative: cover of a merforbruk). */
  readonly disponering: Ore;
  readonly ubEtterDisponering: Ore;
}

export type FundTotals = Omit<FundRow, 'konto' | 'navn'> & { readonly endring: Ore };

export function computedUb(fond: FondEntry): Ore {
  return fond.ib + fond.avsetning - fond.bruk;
}

/** The fund table: movements of the year and the proposed disposition, per fund and in all. */
export function fundTable(
  fond: readonly FondEntry[],
  vedtatte: readonly VedtattAvsetning[],
  disposisjoner: readonly Disposition[],
): { readonly rows: readonly FundRow[]; readonly total: FundTotals } {
  const rows = fond.map((f) => {
    const ub = f.ub ?? computedUb(f);
    const vedtatt = sumOre(vedtatte.filter((v) => v.fond === f.konto).map((v) => v.belop));
    const disponering = sumOre(disposisjoner.filter((d) => d.fond === f.konto).map((d) => d.belop));
    return { konto: f.konto, navn: f.navn, ib: f.ib, avsetning: f.avsetning, bruk: f.bruk, ub, vedtatt, disponering,
      ubEtterDisponering: ub + vedtatt + disponering };
  });
  const sum = (pick: (r: FundRow) => Ore) => sumOre(rows.map(pick));
  const total = {
    ib: sum((r) => r.ib), avsetning: sum((r) => r.avsetning), bruk: sum((r) => r.bruk), ub: sum((r) => r.ub),
    vedtatt: sum((r) => r.vedtatt), disponering: sum((r) => r.disponering),
    ubEtterDisponering: sum((r) => r.ubEtterDisponering), endring: sum((r) => r.ub - r.ib),
  };
  return { rows, total };
}
