import type { Ore } from '../money/ore';
import type { AnsvarEntry, LedgerLine } from '../model/model';
import type { Settings } from '../model/settings';
import { artOfKonto, isExpenseArt } from './art';
import { isMaterial } from './materiality';

export interface Amounts {
  readonly regnskap: Ore;
  readonly budsjett: Ore;
  /** Regulert budsjett − regnskap: positive is mindreforbruk, negative merforbruk. */
  readonly avvik: Ore;
  /** Regulert budsjett of the expense arts 010–599: the base of avvik in percent. */
  readonly bruttoUtgiftsbudsjett: Ore;
  readonly opprinnelig: Ore;
  readonly ifjor: Ore;
  /** Regnskap of the expense arts: gross operating expenses. */
  readonly bruttoUtgifter: Ore;
}

export interface AnsvarFigures extends Amounts {
  readonly code: string;
  readonly navn: string;
  readonly fond: string | undefined;
  readonly forklaring: string | undefined;
  /** The ansvar's row on sheet Ansvar. */
  readonly row: number;
  readonly lines: number;
  readonly material: boolean;
}

const EMPTY = { regnskap: 0n, budsjett: 0n, opprinnelig: 0n, ifjor: 0n, bruttoUtgiftsbudsjett: 0n, bruttoUtgifter: 0n };

type Sums = { -readonly [K in keyof typeof EMPTY]: bigint } & { lines: number };

/** Per ansvar, in the order of sheet Ansvar: sums of the ledger and the deviation. */
export function computeAnsvarFigures(
  ansvar: readonly AnsvarEntry[],
  ledger: readonly LedgerLine[],
  settings: Settings,
): readonly AnsvarFigures[] {
  const sums = new Map<string, Sums>(ansvar.map((a) => [a.code, { ...EMPTY, lines: 0 }]));
  for (const line of ledger) {
    const s = sums.get(line.ansvar);
    if (s === undefined) continue; // reported by the check unknown-ansvar
    const expense = isExpenseArt(artOfKonto(line.art, settings.artFraKonto));
    s.regnskap += line.regnskap;
    s.budsjett += line.budsjett;
    s.opprinnelig += line.opprinnelig;
    s.ifjor += line.ifjor;
    if (expense) {
      s.bruttoUtgiftsbudsjett += line.budsjett;
      s.bruttoUtgifter += line.regnskap;
    }
    s.lines += 1;
  }
  const seen = new Set<string>();
  return ansvar.flatMap((a) => {
    if (seen.has(a.code)) return []; // a duplicate ansvar is an error; its first row counts
    seen.add(a.code);
    const s = sums.get(a.code) ?? { ...EMPTY, lines: 0 };
    const avvik = s.budsjett - s.regnskap;
    return [{
      code: a.code, navn: a.navn, fond: a.fond, forklaring: a.forklaring, row: a.row,
      ...s, avvik, material: isMaterial(avvik, s.bruttoUtgiftsbudsjett, settings),
    }];
  });
}

export function totalOf(rows: readonly Amounts[]): Amounts {
  const t: Sums = { ...EMPTY, lines: 0 };
  for (const r of rows) {
    t.regnskap += r.regnskap;
    t.budsjett += r.budsjett;
    t.opprinnelig += r.opprinnelig;
    t.ifjor += r.ifjor;
    t.bruttoUtgiftsbudsjett += r.bruttoUtgiftsbudsjett;
    t.bruttoUtgifter += r.bruttoUtgifter;
  }
  return { regnskap: t.regnskap, budsjett: t.budsjett, avvik: t.budsjett - t.regnskap, opprinnelig: t.opprinnelig,
    ifjor: t.ifjor, bruttoUtgiftsbudsjett: t.bruttoUtgiftsbudsjett, bruttoUtgifter: t.bruttoUtgifter };
}
