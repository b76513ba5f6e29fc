import ExcelJS from 'exceljs';
import type { RawWorkbook } from '../../core/workbook/raw-workbook';
import { UnreadableWorkbookError } from '../../core/workbook/workbook-source';
import { problemWithWorkbookBytes } from './check-workbook-bytes';
import { MAX_FILE_BYTES, fileTooLargeMessage } from './size-limits';
import { inspectZip, WORKBOOK_LIMITS } from '../../report/zip/inspect-zip';
import { zipProblemMessage } from '../../report/zip/zip-problem-message';
import { collectNames, withNames } from '../../core/workbook/workbook-names';
import { readNames } from './read-names';
import { readSheet } from './read-sheet';
import { patchFormulaTextResults } from './patch-formula-text-results';

/**
 * Reads the bytes of an .xlsx file with exceljs' full reader into a RawWorkbook. Bytes that
 * cannot be a workbook, are too large, or that exceljs cannot parse reject with an
 * UnreadableWorkbookError carrying one Norwegian sentence that begins with `subject`.
 */
export async function loadWorkbook(data: Uint8Array, subject: string): Promise<RawWorkbook> {
  const problem = problemWithWorkbookBytes(data, subject) ?? problemWithSize(data, subject);
  if (problem !== undefined) throw new UnreadableWorkbookError(problem);

  patchFormulaTextResults();
  const workbook = new ExcelJS.Workbook();
  try {
    // A Buffer over the same bytes, not a copy. exceljs types the parameter as its own
    // ArrayBuffer-like "Buffer"; at run time it hands any Node Buffer to JSZip.
    const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableWorkbookError(unparsableMessage(subject));
  }
  // exceljs reads a zip without xl/workbook.xml (a .docx, an .xlsb, any other zip) as a
  // workbook without sheets; a real .xlsx always has at least one.
  if (workbook.worksheets.length === 0) throw new UnreadableWorkbookError(unparsableMessage(subject));
  const sheets = workbook.worksheets.map(readSheet);
  return withNames(sheets, collectNames(readNames(workbook), sheets));
}

/** File size, then every zip limit counted while inflating (zip bombs, DTDs, encryption). */
function problemWithSize(data: Uint8Array, subject: string): string | undefined {
  if (data.byteLength > MAX_FILE_BYTES) return fileTooLargeMessage(subject, data.byteLength);
  const problem = inspectZip(data, WORKBOOK_LIMITS);
  if (problem === undefined) return undefined;
  // a damaged zip gets the adapter's own words about a damaged workbook
  if (problem.kind === 'not-zip' || problem.kind === 'corrupt') return unparsableMessage(subject);
  return zipProblemMessage(problem, subject, WORKBOOK_LIMITS);
}

function unparsableMessage(subject: string): string {
  return `${subject} er skadet eller ikke en gyldig .xlsx-arbeidsbok; åpne den i Excel, lagre den på nytt som .xlsx og prøv igjen.`;
}
