// Exact, deterministic splitting of an amount in øre into parts, for the synthetic ledger.

/** A deterministic 32-bit generator (mulberry32): the same seed gives the same numbers everywhere. */
export interface Random {
  /** The next integer in [0, 2^32). */
  readonly next: () => number;
  /** The next integer in [min, max], both included. */
  readonly between: (min: number, max: number) => number;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return { next, between: (min, max) => min + (next() % (max - min + 1)) };
}

/** Relative sizes of the parts: from 1 to 40 times the smallest, so the amounts look unlike each other. */
const MIN_WEIGHT = 25;
const MAX_WEIGHT = 1000;

/**
 * Splits `total` øre into `parts` whole-øre amounts of the same sign that add up to `total`
 * exactly: part j is the difference of floor(|total| · W_j / W) for the cumulative random
 * weights W_j, so the rounding of one part is taken up by the next and nothing is lost.
 */
export function splitOre(total: bigint, parts: number, random: Random): bigint[] {
  if (!Number.isSafeInteger(parts) || parts < 1) throw new Error(`cannot split into ${parts} parts`);
  const negative = total < 0n;
  const magnitude = negative ? -total : total;
  const weights: number[] = [];
  let sum = 0;
  for (let j = 0; j < parts; j++) {
    const w = random.between(MIN_WEIGHT, MAX_WEIGHT);
    weights.push(w);
    sum += w;
  }
  const whole = BigInt(sum);
  const result: bigint[] = [];
  let cumulative = 0;
  let previous = 0n;
  for (const w of weights) {
    cumulative += w;
    const upTo = (magnitude * BigInt(cumulative)) / whole;
    const part = upTo - previous;
    result.push(negative ? -part : part);
    previous = upTo;
  }
  return result;
}

/** Whole øre of an amount in kroner that has at most two decimals (the example's data); throws otherwise. */
export function oreOfKroner(kroner: number): bigint {
  const ore = Math.round(kroner * 100);
  if (!Number.isSafeInteger(ore) || ore / 100 !== kroner) throw new Error(`${kroner} is not a whole number of øre`);
  return BigInt(ore);
}

/** An amount in øre as Excel writes the number in a cell: `-1234.5`, `0`, `12.05` (no trailing zeros). */
export function excelNumberOfOre(ore: bigint): string {
  const negative = ore < 0n;
  const magnitude = negative ? -ore : ore;
  const kroner = magnitude / 100n;
  const cents = Number(magnitude % 100n);
  const sign = negative ? '-' : '';
  if (cents === 0) return `${sign}${kroner}`;
  const decimals = cents % 10 === 0 ? String(cents / 10) : String(cents).padStart(2, '0');
  return `${sign}${kroner}.${decimals}`;
}
