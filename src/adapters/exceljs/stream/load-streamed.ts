import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { RawSheet } from '../../../core/workbook/raw-workbook';
import type { ZipLimits, ZipProblem } from '../../../report/zip/inspect-zip';
import type { CellContext } from './cell-from-xml';
import { exceljsInternals } from './exceljs-internals';
import { entryBytes, type StreamingPlan } from './plan-streaming';
import { streamedSheet } from './streamed-sheet';
import { sharedStringsSubset } from './shared-strings-subset';
import { SharedStrings } from './shared-strings';
import { readDateStyles } from './workbook-parts';

const EMPTY_SHEET = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
  + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';

/** What the fast path hands on: the bytes exceljs reads, and what a streamed cell needs. */
export interface StreamingParts {
  readonly exceljsBytes: Uint8Array;
  readonly context: CellContext;
}

/**
 * Reads the shared strings and styles once, for the streamed cells, and makes the workbook
 * exceljs reads everything else from: the streamed sheet keeps its place, name and state but
 * has no rows, and the shared strings are only those the other sheets use (see
 * sharedStringsSubset). Stored, not compressed (it is read back at once). Called after the zip
 * guard has passed.
 */
export function streamingParts(bytes: Uint8Array, plan: StreamingPlan, limits: ZipLimits): StreamingParts {
  const internals = exceljsInternals();
  const inflated = (part: string | undefined) =>
    part === undefined ? undefined : entryBytes(bytes, plan.entries, part, limits.maxInflatedBytes);
  const sstBytes = inflated(plan.info.sharedStrings);
  const strings = sstBytes === undefined ? undefined : SharedStrings.fromBytes(sstBytes);
  const styleBytes = inflated(plan.info.styles);
  const styles = styleBytes === undefined ? undefined : new TextDecoder().decode(styleBytes);
  const context: CellContext = {
    sharedStrings: strings ?? NO_STRINGS,
    dateStyles: styles === undefined ? new Set() : readDateStyles(styles, internals.builtInFormat, internals.isDateFormat),
    date1904: plan.info.date1904,
    slideFormula: internals.slideFormula,
  };
  const sst = plan.info.sharedStrings;
  // the shared strings are not unpacked again: exceljs gets the subset, or the bytes read above
  const files: Zippable = unzipSync(bytes, { filter: (file) => file.name !== plan.entry.name && file.name !== sst });
  files[plan.entry.name] = encoder.encode(EMPTY_SHEET);
  if (strings !== undefined && sst !== undefined && sstBytes !== undefined) {
    files[sst] = sstBytes;
    const decoder = new TextDecoder();
    const sheets = new Map(plan.info.sheets.flatMap((sheet) => {
      const part = files[sheet.path];
      return sheet.path === plan.entry.name || !(part instanceof Uint8Array) ? [] : [[sheet.path, decoder.decode(part)] as const];
    }));
    const subset = sharedStringsSubset(strings, sheets);
    if (subset !== undefined) {
      files[sst] = subset.sharedStrings;
      for (const [part, xml] of subset.sheets) files[part] = encoder.encode(xml);
    }
  }
  return { exceljsBytes: zipSync(files, { level: 0, mtime: new Date('1980-01-01T00:00:00Z') }), context };
}

const encoder = new TextEncoder();
const NO_STRINGS: Pick<SharedStrings, 'text'> = { text: () => undefined };

/** The streamed ledger sheet of `plan`. */
export function ledgerSheet(
  plan: StreamingPlan, context: CellContext, limits: ZipLimits, message: (problem: ZipProblem) => string,
  onRows?: (sheet: string, rowsRead: number) => void,
): RawSheet {
  return streamedSheet({
    name: plan.sheetName,
    hidden: plan.hidden,
    entry: plan.entry.name,
    method: plan.entry.method,
    data: plan.data,
    context,
    limits,
    message,
    ...(onRows === undefined ? {} : { onRows: (rows: number) => onRows(plan.sheetName, rows) }),
  });
}
