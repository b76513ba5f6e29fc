import ExcelJS from 'exceljs';
import type { CellValue } from '../../core/workbook/raw-workbook';
import { cellAddress } from '../../core/workbook/address';
import { constantToCellValue } from './constant-to-cell-value';

/**
 * Maps one exceljs cell to the core's CellValue, or undefined for an empty cell.
 *
 * - Merges: exceljs gives every cell of a merged range the master's value. Only the master
 *   keeps it; every other cell becomes `merged`, pointing at the master, so a merged amount is
 *   counted once. A merge whose master is empty holds nothing and yields undefined everywhere.
 * - Formulas (own or shared): the cached result, mapped like a constant. A formula whose file
 *   holds no cached result becomes `no-cached-result` with its text ("=SUM(B2:B4)"), never 0.
 * - Everything else: see constantToCellValue. `cell.text` is never used (for an error value it
 *   says "[object Object]").
 */
export function toCellValue(cell: ExcelJS.Cell): CellValue | undefined {
  if (cell.type === ExcelJS.ValueType.Merge) {
    const master = cell.master;
    if (master === cell || toCellValue(master) === undefined) return undefined;
    return { kind: 'merged', master: cellAddress(master.fullAddress.col, master.fullAddress.row) };
  }
  if (cell.type === ExcelJS.ValueType.Formula) return formulaToCellValue(cell);
  return constantToCellValue(cell.value);
}

function formulaToCellValue(cell: ExcelJS.Cell): CellValue {
  // Not cell.value.result: exceljs leaves a falsy result (0, false) out of cell.value, so a
  // sum that came to 0 would look like a formula without a cached result. cell.result keeps it.
  const result: unknown = cell.result;
  if (result === undefined || result === null) {
    // For a cell of a shared formula, cell.formula is the master's formula moved to this cell.
    return { kind: 'no-cached-result', formula: `=${cell.formula}` };
  }
  // A formula whose cached result is the empty string (=IF(A1>0;A1;"")) is not empty: it holds
  // a formula. It is delivered as the text "", for the core to judge.
  return constantToCellValue(result) ?? { kind: 'text', value: '' };
}
