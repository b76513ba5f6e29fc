/** The MIME encodings the library leaves to us: base64 lines, RFC 2047 words, RFC 2231 file names. */
export const EOL = '\r\n';

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Base64 in lines of 76 characters (RFC 2045). */
export function base64Lines(bytes: Uint8Array): string {
  let b64 = '';
  const chunk = 3 * 4096;
  for (let i = 0; i < bytes.length; i += chunk) b64 += btoa(String.fromCharCode(...bytes.subarray(i, i + chunk)));
  return b64.match(/.{1,76}/g)?.join(EOL) ?? '';
}

/**
 * A parameter value as RFC 2047 encoded words (B encoding), each at most 75 characters and
 * never splitting a character, folded onto lines of their own; plain text when it is ASCII.
 */
export function encodedWords(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value.replace(/["\\]/g, '\\$&');
  const words: string[] = [];
  let bytes: number[] = [];
  const flush = () => {
    if (bytes.length > 0) words.push(`=?UTF-8?B?${btoa(String.fromCharCode(...bytes))}?=`);
    bytes = [];
  };
  for (const char of value) {
    const encoded = utf8(char);
    if (bytes.length + encoded.length > 45) flush();
    bytes.push(...encoded);
  }
  flush();
  return words.join(`${EOL} `);
}

/**
 * `filename="…"` for an ASCII name; otherwise RFC 2231 `filename*=UTF-8''…`, percent-encoded,
 * split into continuations (`filename*0*=…; filename*1*=…`) short enough for lines of 78 characters.
 */
export function filenameParameter(fileName: string): string {
  if (/^[\x20-\x7e]*$/.test(fileName)) return `filename="${fileName.replace(/["\\]/g, '\\$&')}"`;
  const encoded = Array.from(utf8(fileName), (b) => {
    const c = String.fromCharCode(b);
    return /[A-Za-z0-9!#$&+.^_`|~-]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  });
  const sections: string[] = [];
  let current = "UTF-8''";
  for (const piece of encoded) {
    if (current.length + piece.length > 60) {
      sections.push(current);
      current = '';
    }
    current += piece;
  }
  sections.push(current);
  return sections.length === 1 ? `filename*=${current}` : sections.map((s, i) => `filename*${i}*=${s}`).join(`;${EOL} `);
}
