import { readFileSync } from 'fs';
import { join } from 'path';

/** The package's own folder (where templates/ and examples/ are), from lib/cli or src/cli. */
export const PACKAGE_ROOT = join(__dirname, '..', '..');
export const DEFAULT_TEMPLATE = join(PACKAGE_ROOT, 'templates', 'arsmelding.docx');
export const EXAMPLE_WORKBOOK = join(PACKAGE_ROOT, 'examples', 'ikt-indre-namdal-2017.xlsx');

export class FileProblem extends Error {
  override readonly name = 'FileProblem';
}

/** One Norwegian sentence for a file system error on `path`. */
export function describeFileError(error: unknown, path: string, verb: 'lese' | 'skrive'): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT': case 'ENOTDIR': return verb === 'lese' ? `Fant ikke filen «${path}».` : `Mappen for «${path}» finnes ikke; opprett den eller velg en annen mappe.`;
    case 'EACCES': case 'EPERM': case 'EROFS': return `Har ikke tilgang til å ${verb} «${path}»; sjekk rettighetene, eller om filen er skrivebeskyttet.`;
    case 'EISDIR': return `«${path}» er en mappe, ikke en fil.`;
    case 'ENOSPC': return `Disken er full; «${path}» ble ikke skrevet (en eldre fil med samme navn er uendret).`;
    case 'EBUSY': return `«${path}» er låst av et annet program (er den åpen i Word?); lukk den og prøv igjen.`;
    default: return `Kunne ikke ${verb} «${path}» (${code ?? (error instanceof Error ? error.message : String(error))}).`;
  }
}

/** A Word file's bytes, or a FileProblem with one clear sentence. */
export function readDocx(path: string): Uint8Array {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new FileProblem(describeFileError(error, path, 'lese'));
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new FileProblem(`«${path}» er ikke et Word-dokument (.docx); lagre malen i Word som Word-dokument og prøv igjen.`);
  }
  return bytes;
}
