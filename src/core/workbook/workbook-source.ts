import type { RawWorkbook } from './raw-workbook';

/**
 * The port through which the core gets a workbook. Two adapters implement it: exceljs for
 * Node (the command line) and Office.js for the Excel add-in. A source that cannot read its
 * file at all rejects with an UnreadableWorkbookError; everything readable is delivered as
 * data and judged by the checks.
 */
export interface WorkbookSource {
  read(): Promise<RawWorkbook>;
}

export class UnreadableWorkbookError extends Error {
  override readonly name = 'UnreadableWorkbookError';
}
