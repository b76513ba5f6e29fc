/**
 * Characters XML 1.0 forbids: C0 controls other than tab, line feed and carriage return,
 * U+FFFE/U+FFFF, and lone surrogates (with the u flag a proper pair is one code point and does
 * not match). A Word document that holds one cannot be opened, so text from the workbook is
 * cleaned when it is read, and the check forbidden-characters says where.
 */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what is looked for
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/gu;

export function hasForbiddenXmlCharacters(text: string): boolean {
  return text.search(FORBIDDEN) >= 0;
}

export function removeForbiddenXmlCharacters(text: string): string {
  return text.replace(FORBIDDEN, '');
}
