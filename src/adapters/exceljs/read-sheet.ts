import type ExcelJS from 'exceljs';
import type { RawCell, RawRow, RawSheet } from '../../core/workbook/raw-workbook';
import { cellAddress } from '../../core/workbook/address';
import { toCellValue } from './to-cell-value';

/**
 * One exceljs worksheet as a RawSheet: its name, whether it is hidden ('hidden' or
 * 'veryHidden'), and the rows that hold at least one non-empty cell, in row order, each with
 * its cells in column order.
 */
export function readSheet(worksheet: ExcelJS.Worksheet): RawSheet {
  const rows: RawRow[] = [];
  worksheet.eachRow((row, rowNumber) => {
    const cells = readCells(row, rowNumber);
    if (cells.length > 0) rows.push({ row: rowNumber, hidden: row.hidden, cells });
  });
  return { name: worksheet.name, hidden: worksheet.state === 'hidden' || worksheet.state === 'veryHidden', rows };
}

function readCells(row: ExcelJS.Row, rowNumber: number): RawCell[] {
  const cells: RawCell[] = [];
  row.eachCell((cell, column) => {
    const value = toCellValue(cell);
    if (value !== undefined) cells.push({ column, address: cellAddress(column, rowNumber), value });
  });
  return cells;
}
