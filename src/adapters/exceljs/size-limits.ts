const MEGABYTE = 1024 * 1024;

/** A workbook file larger than this is refused before it is read. */
export const MAX_FILE_BYTES = 200 * MEGABYTE;

export function fileTooLargeMessage(subject: string, bytes: number): string {
  return `${subject} er ${megabytes(bytes)} MB, mer enn grensen på ${megabytes(MAX_FILE_BYTES)} MB; fjern ark eller rader som ikke trengs, og lagre den på nytt.`;
}

function megabytes(bytes: number): string {
  return Math.ceil(bytes / MEGABYTE).toLocaleString('nb-NO');
}
