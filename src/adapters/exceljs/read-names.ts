import type ExcelJS from 'exceljs';
import type { FoundName } from '../../core/workbook/workbook-names';

/**
 * The defined names and Excel tables of a workbook read by exceljs, as found (collectNames in
 * the core checks and sorts them).
 *
 * exceljs 4.4 keeps defined names as cell sets: `workbook.definedNames.model` gives
 * `[{ name, ranges: ["'Sheet name'!$A$1:$D$7", …] }]`, one string per rectangle (a single cell
 * as "Sheet!$D$1"); constants and formulas are dropped when the file is read, Print_Area and
 * Print_Titles become page setup, and the scope (localSheetId) is lost, so a name defined on
 * two sheets comes back as one name with two ranges. A name with other than exactly one range is
 * given as is (joined with ","), which collectNames refuses as not one rectangle.
 *
 * Tables: each worksheet's `getTables()` gives Table objects whose `model` holds `name`,
 * `displayName` and `tableRef` ("B2:C4", header and totals rows included). The typings of
 * exceljs do not describe this (`[Table, void][]`), so the shapes are checked here.
 */
export function readNames(workbook: ExcelJS.Workbook): FoundName[] {
  return [...definedNames(workbook), ...workbook.worksheets.flatMap(tables)];
}

function definedNames(workbook: ExcelJS.Workbook): FoundName[] {
  const model: unknown = workbook.definedNames.model;
  if (!Array.isArray(model)) return [];
  return model.flatMap((entry: unknown): FoundName[] => {
    if (typeof entry !== 'object' || entry === null || !('name' in entry) || !('ranges' in entry)) return [];
    const { name, ranges } = entry;
    if (typeof name !== 'string' || !Array.isArray(ranges) || !ranges.every((r): r is string => typeof r === 'string')) return [];
    return [{ name, kind: 'name', reference: ranges.join(',') }];
  });
}

function tables(worksheet: ExcelJS.Worksheet): FoundName[] {
  const list: unknown = worksheet.getTables();
  if (!Array.isArray(list)) return [];
  return list.flatMap((table: unknown): FoundName[] => {
    const model: unknown = typeof table === 'object' && table !== null && 'model' in table ? table.model : undefined;
    if (typeof model !== 'object' || model === null || !('tableRef' in model) || typeof model.tableRef !== 'string') return [];
    const displayName = 'displayName' in model && typeof model.displayName === 'string' ? model.displayName : undefined;
    const name = displayName ?? ('name' in model && typeof model.name === 'string' ? model.name : undefined);
    if (name === undefined) return [];
    return [{ name, kind: 'table', reference: `'${worksheet.name.replace(/'/g, "''")}'!${model.tableRef}` }];
  });
}
