import { parseSheetReference, type FoundName } from '../../core/workbook/workbook-names';
import type { ExcelContext, ExcelNamedItem, ExcelRange, ExcelWorksheet } from './excel-api';

/**
 * Queues the loading of the workbook's defined names and Excel tables; the caller syncs (with
 * other work in the same round trip) and then calls the returned function, which asks for the
 * ranges in one more round trip, only when there are names or tables.
 *
 * - Defined names: the workbook-scoped ones (`workbook.names`, ExcelApi 1.1) and those scoped
 *   to each sheet (`worksheet.names`, 1.4). A name counts when its type is 'Range' and its
 *   formula (1.7) is one plain reference, "=Feide!$A$1:$B$7", as the exceljs adapter sees
 *   names in a file; its range is then `getRangeOrNullObject()` (1.4), whose `address` is
 *   sheet-qualified ("'Vedtatte avsetninger'!A1:C2").
 * - Excel tables: `worksheet.tables` (1.1), each table's `getRange()` (1.1): the whole table,
 *   header and totals rows included.
 * collectNames in the core then checks, deduplicates and sorts them, as for the exceljs adapter.
 */
export function queueNames(context: ExcelContext, worksheets: readonly ExcelWorksheet[]): () => Promise<FoundName[]> {
  const nameCollections = [context.workbook.names, ...worksheets.map((worksheet) => worksheet.names)];
  for (const names of nameCollections) names.load(['items/name', 'items/type', 'items/formula']);
  const tableCollections = worksheets.map((worksheet) => worksheet.tables);
  for (const tables of tableCollections) tables.load(['items/name']);

  return async () => {
    const ranges: { name: string; kind: FoundName['kind']; range: ExcelRange }[] = [];
    for (const item of nameCollections.flatMap((names) => names.items).filter(isPlainReference)) {
      const range = item.getRangeOrNullObject();
      range.load(['address']);
      ranges.push({ name: item.name, kind: 'name', range });
    }
    for (const table of tableCollections.flatMap((tables) => tables.items)) {
      const range = table.getRange();
      range.load(['address']);
      ranges.push({ name: table.name, kind: 'table', range });
    }
    if (ranges.length === 0) return [];
    await context.sync();
    return ranges.flatMap(({ name, kind, range }) => (range.isNullObject ? [] : [{ name, kind, reference: range.address }]));
  };
}

function isPlainReference(item: ExcelNamedItem): boolean {
  const formula = item.formula;
  return item.type === 'Range' && typeof formula === 'string' && formula.startsWith('=') && parseSheetReference(formula.slice(1)) !== undefined;
}
