/**
 * Money is an exact integer number of øre (1/100 krone), held as a bigint from the moment it
 * leaves a cell to the moment it is printed. There is no float arithmetic on amounts anywhere.
 */
export type Ore = bigint;

export const ZERO: Ore = 0n;

export type DecimalProblem = 'not-finite' | 'too-many-decimals';

export type DecimalResult =
  | { readonly ok: true; readonly scaled: bigint }
  | { readonly ok: false; readonly problem: DecimalProblem };

/**
 * The decimal value of a cell's number, scaled by 10^places, exactly. A number stored in an
 * .xlsx is a binary double written by the spreadsheet with up to 17 significant digits; Excel
 * itself works with 15. The number is first written as its 15-significant-digit decimal (which
 * removes binary noise such as 0.30000000000000004), and that decimal must have at most
 * `places` decimals: 1234.56 is 123456 øre, 1234.565 is refused, never rounded.
 */
export function scaleDecimal(value: number, places: number): DecimalResult {
  if (!Number.isFinite(value)) return { ok: false, problem: 'not-finite' };
  if (value === 0) return { ok: true, scaled: 0n };
  const quick = shortDecimal(value, places);
  return quick === undefined ? scaleByPrecision(value, places) : { ok: true, scaled: quick };
}

/** scaleDecimal's general path, through the 15-significant-digit text (exported for its test). */
export function scaleByPrecision(value: number, places: number): DecimalResult {
  if (!Number.isFinite(value)) return { ok: false, problem: 'not-finite' };
  if (value === 0) return { ok: true, scaled: 0n };
  const text = value.toPrecision(15);
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (!match) throw new Error(`Unexpected number text ${text}`);
  const sign = match[1] === '-' ? -1n : 1n;
  const digits = (match[2] ?? '') + (match[3] ?? '');
  const exponent = Number(match[4] ?? '0') - (match[3] ?? '').length;
  // value = sign * digits * 10^exponent
  const trimmed = digits.replace(/0+$/, '');
  const zerosRemoved = digits.length - trimmed.length;
  const effectiveExponent = exponent + zerosRemoved;
  if (trimmed === '') return { ok: true, scaled: 0n };
  const shift = effectiveExponent + places;
  if (shift < 0) return { ok: false, problem: 'too-many-decimals' };
  return { ok: true, scaled: sign * BigInt(trimmed) * 10n ** BigInt(shift) };
}

/**
 * The common case, fast and still exact: a candidate is found with doubles and then proved.
 * `scaled` = value × 10^places rounded to a whole number; if scaled ÷ 10^places (one correctly
 * rounded division of two exact doubles) gives `value` back and scaled has at most 15 digits,
 * then the decimal scaled·10^-places has at most 15 significant digits and reads as `value`, so
 * it is the 15-significant-digit decimal scaleDecimal means (15 digits survive decimal → double
 * → decimal unchanged, so no other such decimal reads as `value`). The amount itself is the
 * whole number `scaled`, never a float sum. Anything else: undefined, for the general path.
 */
function shortDecimal(value: number, places: number): bigint | undefined {
  const factor = POWERS_OF_TEN[places];
  if (factor === undefined) return undefined;
  const scaled = Math.round(value * factor);
  if (Math.abs(scaled) >= 1e15 || scaled / factor !== value) return undefined;
  return BigInt(scaled);
}

const POWERS_OF_TEN: readonly number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);


/** The one guarded constructor from a cell's number to øre. */
export function oreFromNumber(value: number): DecimalResult {
  return scaleDecimal(value, 2);
}

/** Whole kroner (as written in code and tests) to øre. */
export function kroner(whole: bigint | number): Ore {
  if (typeof whole === 'number' && !Number.isSafeInteger(whole)) throw new RangeError(`kroner(${whole}) needs a whole number`);
  return BigInt(whole) * 100n;
}

export function sumOre(values: Iterable<Ore>): Ore {
  let total = 0n;
  for (const v of values) total += v;
  return total;
}

export function absOre(value: Ore): Ore {
  return value < 0n ? -value : value;
}

export function minOre(a: Ore, b: Ore): Ore {
  return a < b ? a : b;
}

/** Divide and round half away from zero; the only rounding the product does, at presentation. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (2n * n + d) / (2n * d);
  return negative ? -q : q;
}

/** Øre to whole kroner, rounded half away from zero. */
export function roundToKroner(value: Ore): bigint {
  return divideRounded(value, 100n);
}
