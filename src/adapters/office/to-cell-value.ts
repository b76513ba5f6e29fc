import type { CellValue } from '../../core/workbook/raw-workbook';
import type { RangeValueType } from './excel-api';
import { isDateFormat, serialToIso } from './excel-serial-date';

/** What Excel reports for one cell: the four properties the adapter loads, at one position. */
export interface ExcelCell {
  readonly valueType: RangeValueType | string;
  readonly value: unknown;
  readonly numberFormat: unknown;
  readonly formula: unknown;
}

/** Excel shows "#####" for a date it cannot draw; the exceljs adapter gives the same code. */
const UNDRAWABLE_DATE = '#####';
/** A number that is not finite: Excel never gives one, but it must not pass as a number. */
const NOT_A_NUMBER = '#NUM!';
/**
 * A value type the adapter does not know (Unknown, RichValue: a linked data type or a picture
 * in a cell, or a newer type). Reading it as empty could make it 0 in an amount column, so it
 * is delivered as an error at its cell, as the exceljs adapter does with a value it does not know.
 */
const UNKNOWN_VALUE = '#VALUE!';

/**
 * Maps one cell as Excel reports it through Office.js to the core's CellValue, or undefined
 * for an empty cell, giving what the exceljs adapter gives for the same cell of a saved file:
 *
 * - 'Empty' holds nothing. A formula whose result is the empty text (=IF(A1>0;A1;"")) is not
 *   empty, though: it is the text "", whichever of 'Empty' and 'String' Excel reports for it.
 * - 'Double' and 'Integer' are numbers, unless the cell's number format shows a date or time
 *   (isDateFormat): then a date, from the serial number (serialToIso).
 * - 'String' is text, as it stands: "12 000,50" and "   " stay text.
 * - 'Boolean' is a boolean; 'Error' an error with Excel's code ("#REF!", "#DIV/0!", "#N/A" …).
 *
 * A formula always has a result in Excel, so the kind 'no-cached-result' never arises here.
 * Merged cells are not seen here: see readSheetRows.
 */
export function toCellValue(cell: ExcelCell): CellValue | undefined {
  switch (cell.valueType) {
    case 'Empty':
      return isFormula(cell.formula) ? { kind: 'text', value: '' } : undefined;
    case 'Double':
    case 'Integer':
      return numberCell(cell.value, cell.numberFormat);
    case 'String':
      return { kind: 'text', value: typeof cell.value === 'string' ? cell.value : String(cell.value) };
    case 'Boolean':
      return typeof cell.value === 'boolean' ? { kind: 'boolean', value: cell.value } : unknownValue(cell.value);
    case 'Error':
      return { kind: 'error', code: errorCode(cell.value) ?? UNKNOWN_VALUE };
    default:
      return unknownValue(cell.value);
  }
}

function numberCell(value: unknown, numberFormat: unknown): CellValue {
  if (typeof value !== 'number') return unknownValue(value);
  if (!Number.isFinite(value)) return { kind: 'error', code: NOT_A_NUMBER };
  if (typeof numberFormat === 'string' && isDateFormat(numberFormat)) {
    const iso = serialToIso(value);
    return iso === undefined ? { kind: 'error', code: UNDRAWABLE_DATE } : { kind: 'date', iso };
  }
  return { kind: 'number', value };
}

function isFormula(formula: unknown): boolean {
  return typeof formula === 'string' && formula.startsWith('=');
}

/** "#REF!", "#N/A", "#SPILL!" …: Excel gives an error value as its code. */
function errorCode(value: unknown): string | undefined {
  return typeof value === 'string' && value.startsWith('#') ? value : undefined;
}

function unknownValue(value: unknown): CellValue {
  return { kind: 'error', code: errorCode(value) ?? UNKNOWN_VALUE };
}
