/** Every .xlsx is a zip archive; a zip starts with the letters "PK". */
const ZIP_MAGIC = [0x50, 0x4b];
/**
 * An OLE2 compound file: the legacy .xls format, and also the wrapper Excel puts around an
 * .xlsx that is protected with a password to open.
 */
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** An OpenDocument spreadsheet (.ods) is a zip whose first entry names its media type. */
const ODS_MEDIA_TYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/**
 * Looks at the first bytes of a file before exceljs does, and returns one Norwegian sentence
 * saying why it cannot be an .xlsx workbook and what to do, or undefined when it may be one.
 * `subject` names the file at the start of the sentence, e.g. "Filen «regnskap.xlsx»".
 */
export function problemWithWorkbookBytes(data: Uint8Array, subject: string): string | undefined {
  if (data.byteLength === 0) {
    return `${subject} er tom (0 byte); lagre arbeidsboken på nytt som .xlsx og prøv igjen.`;
  }
  if (startsWith(data, OLE2_MAGIC)) {
    return `${subject} er en gammel .xls-fil eller passordbeskyttet; lagre den som .xlsx uten passord.`;
  }
  if (!startsWith(data, ZIP_MAGIC)) {
    return `${subject} er ikke en .xlsx-arbeidsbok; åpne den i Excel og lagre den som Excel-arbeidsbok (.xlsx).`;
  }
  if (isOpenDocumentSpreadsheet(data)) {
    return `${subject} er et OpenDocument-regneark (.ods); lagre den som Excel-arbeidsbok (.xlsx).`;
  }
  return undefined;
}

function startsWith(data: Uint8Array, magic: readonly number[]): boolean {
  return data.byteLength >= magic.length && magic.every((byte, i) => data[i] === byte);
}

function isOpenDocumentSpreadsheet(data: Uint8Array): boolean {
  // The uncompressed "mimetype" entry comes first, so its content sits in the first 100 bytes.
  const head = Buffer.from(data.buffer, data.byteOffset, Math.min(data.byteLength, 100)).toString('latin1');
  return head.includes('mimetype') && head.includes(ODS_MEDIA_TYPE);
}
