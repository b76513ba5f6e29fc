import { divideRounded, roundToKroner, type Ore } from './ore';

export interface NumberStyle {
  /** Thousands separator: a space in plain text, a no-break space in documents. */
  readonly groupSeparator: string;
  /** The minus sign: '-' in plain text; documents may use U+2212. */
  readonly minus: string;
}

export const PLAIN_TEXT: NumberStyle = { groupSeparator: ' ', minus: '-' };

function groupDigits(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** Whole kroner with Norwegian grouping: 285119340n → "2 851 193". */
export function formatKroner(value: Ore, style: NumberStyle = PLAIN_TEXT): string {
  const whole = roundToKroner(value);
  const digits = groupDigits((whole < 0n ? -whole : whole).toString(), style.groupSeparator);
  return whole < 0n ? `${style.minus}${digits}` : digits;
}

/**
 * A share as percent with one decimal and a decimal comma: (125, 1000) → "12,5 %".
 * A zero denominator gives "–" (the share is undefined, never NaN or Infinity).
 */
export function formatPercent(numerator: bigint, denominator: bigint, style: NumberStyle = PLAIN_TEXT): string {
  if (denominator === 0n) return '–';
  const tenths = divideRounded(numerator * 1000n, denominator);
  const abs = tenths < 0n ? -tenths : tenths;
  const text = `${groupDigits((abs / 10n).toString(), style.groupSeparator)},${(abs % 10n).toString()} %`;
  return tenths < 0n ? `${style.minus}${text}` : text;
}

/** Exact kroner and øre, for messages about a cell: 123456n → "1 234,56". */
export function formatExact(value: Ore, style: NumberStyle = PLAIN_TEXT): string {
  const abs = value < 0n ? -value : value;
  const whole = groupDigits((abs / 100n).toString(), style.groupSeparator);
  const text = `${whole},${(abs % 100n).toString().padStart(2, '0')}`;
  return value < 0n ? `${style.minus}${text}` : text;
}

/** Whole kroner already rounded (as in a JSON summary) with Norwegian grouping. */
export function formatWholeKroner(kroner: number, style: NumberStyle = PLAIN_TEXT): string {
  if (!Number.isSafeInteger(kroner)) throw new RangeError(`${kroner} is not a whole number of kroner`);
  return formatKroner(BigInt(kroner) * 100n, style);
}
