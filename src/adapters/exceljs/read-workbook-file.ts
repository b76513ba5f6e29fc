import { readFile, stat } from 'node:fs/promises';
import { UnreadableWorkbookError } from '../../core/workbook/workbook-source';
import { MAX_FILE_BYTES, fileTooLargeMessage } from './size-limits';

/** "Filen «regnskap.xlsx»": how every message about a file names it. */
export function fileSubject(path: string): string {
  return `Filen «${path}»`;
}

/**
 * The bytes of the workbook file at `path`. A file that is missing, is a folder, may not be
 * read, or is larger than MAX_FILE_BYTES rejects with an UnreadableWorkbookError (checked
 * before reading, so a huge file is never loaded).
 */
export async function readWorkbookFile(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new UnreadableWorkbookError(`«${path}» er en mappe, ikke en fil; oppgi stien til .xlsx-filen.`);
    if (info.size > MAX_FILE_BYTES) throw new UnreadableWorkbookError(fileTooLargeMessage(fileSubject(path), info.size));
    return await readFile(path);
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw error;
    throw new UnreadableWorkbookError(fileErrorMessage(path, errorCode(error)));
  }
}

function fileErrorMessage(path: string, code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return `Fant ikke filen «${path}»; sjekk at navnet og mappen stemmer.`;
    case 'EISDIR':
      return `«${path}» er en mappe, ikke en fil; oppgi stien til .xlsx-filen.`;
    case 'EACCES':
    case 'EPERM':
      return `${fileSubject(path)} kan ikke leses fordi du mangler tilgang; gi deg selv lesetilgang eller kopier filen til en mappe du har tilgang til.`;
    case 'EBUSY':
      return `${fileSubject(path)} er låst av et annet program; lukk den der og prøv igjen.`;
    default:
      return `${fileSubject(path)} kunne ikke leses${code === undefined ? '' : ` (${code})`}; sjekk at filen finnes og kan åpnes, og prøv igjen.`;
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
