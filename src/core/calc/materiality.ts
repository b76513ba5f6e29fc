import { absOre, type Ore } from '../money/ore';
import type { Settings } from '../model/settings';

/**
 * A deviation is material when |avvik| reaches the kroner threshold and also the percent
 * threshold of the ansvar's gross expense budget; where that budget is zero (or less), the
 * kroner threshold alone decides.
 */
export function isMaterial(avvik: Ore, bruttoUtgiftsbudsjett: Ore, settings: Settings): boolean {
  const size = absOre(avvik);
  if (size < settings.vesentligKr) return false;
  if (bruttoUtgiftsbudsjett <= 0n) return true;
  return size * 100_00n >= settings.vesentligProsentHundredths * bruttoUtgiftsbudsjett;
}
