import { formatKroner, formatPercent, type NumberStyle } from '../core/money/format-money';
import type { Ore } from '../core/money/ore';

/** In a document a number never breaks across lines, and a negative one has a real minus sign. */
export const DOCUMENT_STYLE: NumberStyle = { groupSeparator: '\u00a0', minus: '\u2212' };

export const kr = (value: Ore): string => formatKroner(value, DOCUMENT_STYLE);
export const krAbs = (value: Ore): string => formatKroner(value < 0n ? -value : value, DOCUMENT_STYLE);
export const pct = (numerator: Ore, denominator: Ore): string => formatPercent(numerator, denominator, DOCUMENT_STYLE);
