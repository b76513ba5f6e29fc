import type { WorkbookSource } from '../../core/workbook/workbook-source';
import { fileSubject, readWorkbookFile } from './read-workbook-file';
import { loadWorkbook, type LoadOptions } from './load-workbook';

/**
 * The WorkbookSource for an .xlsx file on disk, read with exceljs' full reader when `read()` is
 * called, except a large ledger sheet, which is streamed (see loadWorkbook and stream/). A file that cannot be read rejects with an UnreadableWorkbookError whose message is
 * one Norwegian sentence naming the file and saying what to do.
 */
export function exceljsFileSource(path: string, options: LoadOptions = {}): WorkbookSource {
  return { read: async () => loadWorkbook(await readWorkbookFile(path), fileSubject(path), options) };
}

/**
 * The WorkbookSource for the bytes of an .xlsx file already in memory. `fileName`, when given,
 * names the file in messages; otherwise they speak of "Arbeidsboken".
 */
export function exceljsBufferSource(data: Uint8Array, fileName?: string, options: LoadOptions = {}): WorkbookSource {
  const subject = fileName === undefined ? 'Arbeidsboken' : fileSubject(fileName);
  return { read: async () => loadWorkbook(data, subject, options) };
}
