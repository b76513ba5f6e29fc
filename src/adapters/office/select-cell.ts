import { parseAddress } from '../../core/workbook/address';
import type { ExcelApi } from './excel-api';

/**
 * Shows a finding's place in Excel: activates the sheet and selects the cell ("E7"), or A1 when
 * the finding names the sheet alone. Resolves to whether it did: false when the sheet does not
 * exist (a finding about a missing sheet) or is hidden (Excel cannot activate a hidden sheet,
 * and the add-in does not unhide the user's sheets), and false when Excel refuses, for instance
 * while a cell is being edited: selecting is a convenience and must not break the task pane.
 */
export async function selectCell(excel: ExcelApi, sheet: string, cell?: string): Promise<boolean> {
  const address = cell !== undefined && parseAddress(cell) !== undefined ? cell : 'A1';
  try {
    return await excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
      worksheet.load(['visibility']);
      await context.sync();
      if (worksheet.isNullObject || worksheet.visibility !== 'Visible') return false;
      worksheet.activate();
      worksheet.getRange(address).select();
      await context.sync();
      return true;
    });
  } catch {
    return false;
  }
}
