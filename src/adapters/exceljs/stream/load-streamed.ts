import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { RawSheet } from '../../../core/workbook/raw-workbook';
import type { ZipLimits, ZipProblem } from '../../../report/zip/inspect-zip';
import type { CellContext } from './cell-from-xml';
import { exceljsInternals } from './exceljs-internals';
import { entryText, type StreamingPlan } from './plan-streaming';
import { streamedSheet } from './streamed-sheet';
import { readDateStyles, readSharedStrings } from './workbook-parts';

const EMPTY_SHEET = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
  + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';

/**
 * The workbook without the streamed sheet's rows, for exceljs to read everything else: the
 * sheet keeps its place, name and state, with no rows. Stored, not compressed (it is only
 * read back at once). Called after the zip guard has passed.
 */
export function withoutStreamedRows(bytes: Uint8Array, plan: StreamingPlan): Uint8Array {
  const files: Zippable = unzipSync(bytes, { filter: (file) => file.name !== plan.entry.name });
  files[plan.entry.name] = new TextEncoder().encode(EMPTY_SHEET);
  return zipSync(files, { level: 0, mtime: new Date('1980-01-01T00:00:00Z') });
}

/** What a streamed cell needs from the workbook: shared strings, date styles, date system. */
export function cellContext(bytes: Uint8Array, plan: StreamingPlan, limits: ZipLimits): CellContext {
  const internals = exceljsInternals();
  const text = (part: string | undefined) =>
    part === undefined ? undefined : entryText(bytes, plan.entries, part, limits.maxInflatedBytes);
  const strings = text(plan.info.sharedStrings);
  const styles = text(plan.info.styles);
  return {
    sharedStrings: strings === undefined ? [] : readSharedStrings(strings),
    dateStyles: styles === undefined ? new Set() : readDateStyles(styles, internals.builtInFormat, internals.isDateFormat),
    date1904: plan.info.date1904,
    slideFormula: internals.slideFormula,
  };
}

/** The streamed ledger sheet of `plan`. */
export function ledgerSheet(
  bytes: Uint8Array, plan: StreamingPlan, limits: ZipLimits, message: (problem: ZipProblem) => string,
  onRows?: (sheet: string, rowsRead: number) => void,
): RawSheet {
  return streamedSheet({
    name: plan.sheetName,
    hidden: plan.hidden,
    entry: plan.entry.name,
    method: plan.entry.method,
    data: plan.data,
    context: cellContext(bytes, plan, limits),
    limits,
    message,
    ...(onRows === undefined ? {} : { onRows: (rows: number) => onRows(plan.sheetName, rows) }),
  });
}
