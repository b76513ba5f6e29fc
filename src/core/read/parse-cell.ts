import { oreFromNumber, type Ore } from '../money/ore';
import type { CellValue, RawCell } from '../workbook/raw-workbook';
import { isBlank } from './cell-text';
import { removeForbiddenXmlCharacters } from './xml-safe-text';

export type CellProblem =
  | 'text'
  | 'number-as-text'
  | 'error'
  | 'date'
  | 'boolean'
  | 'no-cached-result'
  | 'too-many-decimals'
  | 'not-finite'
  | 'too-large'
  | 'not-a-code'
  | 'code-length';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: CellProblem };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(problem: CellProblem): Parsed<T> => ({ ok: false, problem });

/** Text that a person would read as a number: "12 000,50", "−1.234", "1 000". */
const NUMBER_LIKE = /^[+\-\u2212]?\s*\d[\d\s\u00a0\u202f.,']*$/;

function problemOf(value: CellValue): CellProblem {
  switch (value.kind) {
    case 'text':
      return NUMBER_LIKE.test(value.value.trim()) ? 'number-as-text' : 'text';
    case 'error':
      return 'error';
    case 'date':
      return 'date';
    case 'boolean':
      return 'boolean';
    case 'no-cached-result':
      return 'no-cached-result';
    default:
      throw new Error(`no problem for a ${value.kind} cell`);
  }
}

/**
 * The largest amount a cell may hold, in kroner (exclusive): Excel keeps 15 significant digits,
 * so 9 999 999 999 999,99 is the largest amount it holds to the øre. A larger number in an
 * amount column is a mistake (a konto typed into the wrong column, a runaway formula), and
 * sums of such numbers would pass what the JSON summary can hold exactly.
 */
export const MAX_AMOUNT_KRONER = 1e13;

/** An amount cell: a number (or a formula's cached number). Empty is 0; anything else is a problem. */
export function parseAmount(cell: RawCell | undefined): Parsed<Ore> {
  if (cell === undefined || isBlank(cell)) return ok(0n);
  if (cell.value.kind !== 'number') return fail(problemOf(cell.value));
  if (Number.isFinite(cell.value.value) && Math.abs(cell.value.value) >= MAX_AMOUNT_KRONER) return fail('too-large');
  const result = oreFromNumber(cell.value.value);
  return result.ok ? ok(result.scaled) : fail(result.problem);
}

/**
 * A code cell (ansvar, art, funksjon, fond) as a digit string: 1000 and "1000" are the same.
 * Empty gives undefined. `minDigits` pads a number cell that lost its leading zeros
 * (art 010 typed as the number 10).
 */
export function parseCode(cell: RawCell | undefined, minDigits = 1): Parsed<string | undefined> {
  if (cell === undefined || isBlank(cell)) return ok(undefined);
  const value = cell.value;
  if (value.kind === 'number') {
    if (!Number.isSafeInteger(value.value) || value.value < 0) return fail('not-a-code');
    return ok(String(value.value).padStart(minDigits, '0'));
  }
  if (value.kind === 'text') {
    const text = value.value.trim();
    return /^\d+$/.test(text) ? ok(text) : fail('not-a-code');
  }
  return fail(value.kind === 'error' || value.kind === 'no-cached-result' ? problemOf(value) : 'not-a-code');
}

/** A text cell as text; a number is written as its digits; empty or anything else gives undefined. */
export function parseText(cell: RawCell | undefined): string | undefined {
  if (cell === undefined || isBlank(cell)) return undefined;
  const value = cell.value;
  if (value.kind === 'text') return removeForbiddenXmlCharacters(value.value).trim();
  if (value.kind === 'number') return String(value.value);
  return undefined;
}
