import { Inflate } from 'fflate';
import { REGNSKAP, normalizeName } from '../../../core/read/sheet-specs';
import { entryData, isEntryList, zipEntries, type ZipEntry } from '../../../report/zip/inspect-zip';
import { officeDocumentPath, readWorkbookInfo, relsPathOf, type WorkbookInfo } from './workbook-parts';

/**
 * A ledger sheet whose XML is at least this large (as the zip declares it) is streamed: about
 * 50 000 rows. Smaller ledgers take the simple path (exceljs' full reader for everything).
 */
export const STREAM_FROM_BYTES = 16 * 1024 * 1024;

/** The small parts read before the zip guard has run are inflated at most this far. */
const SMALL_PART_CAP = 8 * 1024 * 1024;

export interface StreamingPlan {
  readonly sheetName: string;
  readonly hidden: boolean;
  readonly entry: ZipEntry;
  readonly data: Uint8Array;
  readonly info: WorkbookInfo;
  readonly entries: readonly ZipEntry[];
}

/** An entry's text, or undefined when it is missing, damaged or larger than `cap`. */
export function entryText(bytes: Uint8Array, entries: readonly ZipEntry[], name: string, cap = SMALL_PART_CAP): string | undefined {
  return entryBytes(bytes, entries, name, cap)?.toString('utf8');
}

/** An entry's bytes, or undefined when it is missing, damaged or larger than `cap`. */
export function entryBytes(bytes: Uint8Array, entries: readonly ZipEntry[], name: string, cap = SMALL_PART_CAP): Buffer | undefined {
  const entry = entries.find((e) => e.name === name);
  const data = entry === undefined ? undefined : entryData(bytes, entry);
  if (entry === undefined || data === undefined || (entry.flags & 1) !== 0) return undefined;
  if (entry.method === 0) return data.length > cap ? undefined : Buffer.from(data);
  if (entry.method !== 8) return undefined;
  const pieces: Uint8Array[] = [];
  let size = 0;
  try {
    const inflate = new Inflate((chunk) => {
      size += chunk.length;
      if (size > cap) throw new Error('too large');
      pieces.push(chunk);
    });
    inflate.push(data, true);
  } catch {
    return undefined;
  }
  return Buffer.concat(pieces);
}

/**
 * Whether to stream the workbook's ledger sheet, and where it is: only when the sheet's XML is
 * at least `from` bytes. Undefined whenever anything is unusual (the simple path then reads,
 * and reports, everything).
 */
export function planStreaming(bytes: Uint8Array, from: number): StreamingPlan | undefined {
  const entries = zipEntries(bytes);
  if (!isEntryList(entries)) return undefined;
  const rootRels = entryText(bytes, entries, '_rels/.rels');
  const workbookPath = rootRels === undefined ? undefined : officeDocumentPath(rootRels);
  if (workbookPath === undefined) return undefined;
  const workbookXml = entryText(bytes, entries, workbookPath);
  const relsXml = entryText(bytes, entries, relsPathOf(workbookPath));
  if (workbookXml === undefined || relsXml === undefined) return undefined;
  const info = readWorkbookInfo(workbookXml, relsXml, workbookPath);
  const wanted = new Set(REGNSKAP.names.map(normalizeName));
  const sheet = info.sheets.find((s) => wanted.has(normalizeName(s.name)));
  const entry = sheet === undefined ? undefined : entries.find((e) => e.name === sheet.path);
  const data = entry === undefined ? undefined : entryData(bytes, entry);
  if (sheet === undefined || entry === undefined || data === undefined || entry.declaredSize < from) return undefined;
  return { sheetName: sheet.name, hidden: sheet.hidden, entry, data, info, entries };
}
