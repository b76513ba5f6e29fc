import ExcelJS from 'exceljs';
import type { RawWorkbook } from '../../core/workbook/raw-workbook';
import { UnreadableWorkbookError } from '../../core/workbook/workbook-source';
import { problemWithWorkbookBytes } from './check-workbook-bytes';
import { MAX_FILE_BYTES, fileTooLargeMessage } from './size-limits';
import { inspectZip, WORKBOOK_LIMITS, type ZipProblem } from '../../report/zip/inspect-zip';
import { planStreaming, STREAM_FROM_BYTES } from './stream/plan-streaming';
import { ledgerSheet, streamingParts } from './stream/load-streamed';
import { zipProblemMessage } from '../../report/zip/zip-problem-message';
import { collectNames, withNames } from '../../core/workbook/workbook-names';
import { readNames } from './read-names';
import { readSheet } from './read-sheet';
import { patchFormulaTextResults } from './patch-formula-text-results';

export interface LoadOptions {
  /**
   * Stream the ledger sheet (read its rows as they are inflated, never all at once) when its
   * XML is at least this many bytes; default STREAM_FROM_BYTES. 0 streams every ledger.
   */
  readonly streamFrom?: number;
  /** Rows of a streamed sheet read so far, called now and then. */
  readonly onRows?: (sheet: string, rowsRead: number) => void;
}

/**
 * Reads the bytes of an .xlsx file into a RawWorkbook: exceljs' full reader for every sheet,
 * except a large ledger sheet, whose rows are streamed (see stream/). Bytes that cannot be a
 * workbook, are too large, or that exceljs cannot parse reject with an UnreadableWorkbookError
 * carrying one Norwegian sentence that begins with `subject`.
 */
export async function loadWorkbook(data: Uint8Array, subject: string, options: LoadOptions = {}): Promise<RawWorkbook> {
  const early = problemWithWorkbookBytes(data, subject) ?? (data.byteLength > MAX_FILE_BYTES ? fileTooLargeMessage(subject, data.byteLength) : undefined);
  if (early !== undefined) throw new UnreadableWorkbookError(early);
  const plan = planStreaming(data, options.streamFrom ?? STREAM_FROM_BYTES);
  const zipProblem = inspectZip(data, WORKBOOK_LIMITS, (name) => name === plan?.entry.name);
  if (zipProblem !== undefined) throw new UnreadableWorkbookError(zipMessage(zipProblem, subject));

  patchFormulaTextResults();
  const parts = plan === undefined ? undefined : streamingParts(data, plan, WORKBOOK_LIMITS);
  const workbook = new ExcelJS.Workbook();
  try {
    // A Buffer over the same bytes, not a copy. exceljs types the parameter as its own
    // ArrayBuffer-like "Buffer"; at run time it hands any Node Buffer to JSZip.
    const source = parts === undefined ? data : parts.exceljsBytes;
    const bytes = Buffer.from(source.buffer, source.byteOffset, source.byteLength);
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableWorkbookError(unparsableMessage(subject));
  }
  // exceljs reads a zip without xl/workbook.xml (a .docx, an .xlsb, any other zip) as a
  // workbook without sheets; a real .xlsx always has at least one.
  if (workbook.worksheets.length === 0) throw new UnreadableWorkbookError(unparsableMessage(subject));
  const message = (problem: ZipProblem) => zipMessage(problem, subject);
  const sheets = workbook.worksheets.map((worksheet) => (plan !== undefined && parts !== undefined && worksheet.name === plan.sheetName
    ? ledgerSheet(plan, parts.context, WORKBOOK_LIMITS, message, options.onRows)
    : readSheet(worksheet)));
  return withNames(sheets, collectNames(readNames(workbook), sheets));
}

/** A zip limit broken (zip bombs, DTDs, encryption) in the adapter's words. */
function zipMessage(problem: ZipProblem, subject: string): string {
  // a damaged zip gets the adapter's own words about a damaged workbook
  if (problem.kind === 'not-zip' || problem.kind === 'corrupt') return unparsableMessage(subject);
  return zipProblemMessage(problem, subject, WORKBOOK_LIMITS);
}

function unparsableMessage(subject: string): string {
  return `${subject} er skadet eller ikke en gyldig .xlsx-arbeidsbok; åpne den i Excel, lagre den på nytt som .xlsx og prøv igjen.`;
}
