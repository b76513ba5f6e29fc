import type { CellValue } from '../../core/workbook/raw-workbook';
import { dateToIso } from './date-to-iso';

/**
 * Excel shows "#####" for a date it cannot draw; exceljs makes an invalid Date of it. It has no
 * value the core could read, so it is delivered as that error rather than dropped.
 */
const UNDRAWABLE_DATE = '#####';
/** A number cell whose stored text is not a finite number (a damaged file). */
const NOT_A_NUMBER = '#NUM!';
/**
 * A value of a shape exceljs is not documented to give. Reading it as empty could make it 0 in
 * an amount column, so it is delivered as an error at its cell instead.
 */
const UNKNOWN_VALUE = '#VALUE!';

/**
 * Maps a value as exceljs gives it for a cell without a formula, or for the cached result of a
 * formula: number, string, boolean, Date, `{ error }`, `{ richText }` or `{ text, hyperlink }`.
 * Undefined means the cell is empty (null, undefined or the empty string). Text is passed on
 * unchanged: "12 000,50" and "   " stay text; what they mean is for the core to judge.
 */
export function constantToCellValue(value: unknown): CellValue | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'error', code: NOT_A_NUMBER };
  }
  if (typeof value === 'string') return { kind: 'text', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) {
    const iso = dateToIso(value);
    return iso === undefined ? { kind: 'error', code: UNDRAWABLE_DATE } : { kind: 'date', iso };
  }
  if (typeof value !== 'object') return { kind: 'error', code: UNKNOWN_VALUE };

  if ('error' in value && typeof value.error === 'string') return { kind: 'error', code: value.error };
  if ('richText' in value && Array.isArray(value.richText)) {
    const text = value.richText.map(runText).join('');
    return text === '' ? undefined : { kind: 'text', value: text };
  }
  // A hyperlink carries the cell's own value as `text`: usually a string, but exceljs puts
  // whatever the cell held there (a number, rich text, a formula's cached result).
  if ('hyperlink' in value && 'text' in value) return constantToCellValue(value.text);
  return { kind: 'error', code: UNKNOWN_VALUE };
}

function runText(run: unknown): string {
  return typeof run === 'object' && run !== null && 'text' in run && typeof run.text === 'string' ? run.text : '';
}
