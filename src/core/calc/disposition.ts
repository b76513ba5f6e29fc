import { minOre, type Ore } from '../money/ore';
import type { AnsvarFigures } from './ansvar-figures';

export interface Disposition {
  /** Balance account of the fund. */
  readonly fond: string;
  /** Positive: allocated to the fund (avsetning). Negative: used from it to cover a merforbruk. */
  readonly belop: Ore;
  /** 'dedikert': the fund named on the ansvar; 'standardfond': the rest, or the cover. */
  readonly grunnlag: 'dedikert' | 'standardfond';
  /** For a dedicated fund: the ansvar whose result it takes. */
  readonly ansvar: readonly string[];
}

export interface DispositionResult {
  readonly disposisjoner: readonly Disposition[];
  /** The part of a merforbruk the Standardfond cannot cover: carried forward. */
  readonly udekketMerforbruk: Ore;
}

function dedicatedShares(ansvar: readonly AnsvarFigures[], standardfond: string | undefined) {
  const shares = new Map<string, { avvik: Ore; ansvar: string[] }>();
  for (const a of ansvar) {
    if (a.fond === undefined || a.fond === standardfond) continue;
    const share = shares.get(a.fond) ?? { avvik: 0n, ansvar: [] };
    share.avvik += a.avvik;
    share.ansvar.push(a.code);
    shares.set(a.fond, share);
  }
  return shares;
}

/**
 * Disposition of the undisposed result.
 * - Positive: each dedicated fund (Ansvar.Fond) takes the sum of its ansvar's avvik when that
 *   is positive, in the order of sheet Ansvar, never more than what is left; the Standardfond
 *   takes the rest.
 * - Negative: the Standardfond covers it up to `available` (its balance after the year); the
 *   rest is carried forward.
 */
export function disposeResult(
  udisponert: Ore,
  ansvar: readonly AnsvarFigures[],
  standardfond: string | undefined,
  available: Ore,
): DispositionResult {
  const disposisjoner: Disposition[] = [];
  if (udisponert > 0n) {
    let left = udisponert;
    for (const [fond, share] of dedicatedShares(ansvar, standardfond)) {
      const belop = minOre(share.avvik, left);
      if (belop <= 0n) continue;
      disposisjoner.push({ fond, belop, grunnlag: 'dedikert', ansvar: share.ansvar });
      left -= belop;
    }
    if (left > 0n && standardfond !== undefined) {
      disposisjoner.push({ fond: standardfond, belop: left, grunnlag: 'standardfond', ansvar: [] });
    }
    return { disposisjoner, udekketMerforbruk: 0n };
  }
  if (udisponert < 0n) {
    const need = -udisponert;
    const cover = standardfond === undefined || available <= 0n ? 0n : minOre(need, available);
    if (cover > 0n && standardfond !== undefined) {
      disposisjoner.push({ fond: standardfond, belop: -cover, grunnlag: 'standardfond', ansvar: [] });
    }
    return { disposisjoner, udekketMerforbruk: need - cover };
  }
  return { disposisjoner, udekketMerforbruk: 0n };
}
