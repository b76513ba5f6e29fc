const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of an XML text node or attribute value: entities and character references decoded. */
export function decodeXmlText(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return NAMED[name] ?? whole;
  });
}

/**
 * Text of a `<t>` element as exceljs reads it: XML-decoded, then Excel's escapes for characters
 * XML cannot hold (`_x000D_`, upper-case hex only, as exceljs' TextXform).
 */
export function decodeCellText(raw: string): string {
  const text = decodeXmlText(raw);
  return text.includes('_x') ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/**
 * exceljs decodes the five named entities once more in a formula's text result (`t="str"`);
 * the fast reader does the same so that both readers give the same text.
 */
export function decodeNamedEntitiesAgain(text: string): string {
  return text.includes('&') ? text.replace(/&([a-z]*);/g, (whole, name: string) => NAMED[name] ?? whole) : text;
}

/**
 * The value of attribute `name` in the start tag text[from, to), or undefined. Attributes are
 * found by name preceded by white space, which is all a start tag allows.
 */
export function attributeIn(text: string, from: number, to: number, name: string): string | undefined {
  const key = `${name}=`;
  let at = text.indexOf(key, from);
  while (at >= 0 && at < to) {
    const before = text.charCodeAt(at - 1);
    if (before === 32 || before === 9 || before === 10 || before === 13) {
      const quote = text[at + key.length];
      if (quote !== '"' && quote !== "'") return undefined;
      const end = text.indexOf(quote, at + key.length + 1);
      return end < 0 || end > to ? undefined : decodeXmlText(text.slice(at + key.length + 1, end));
    }
    at = text.indexOf(key, at + 1);
  }
  return undefined;
}

/** The concatenated text of every `<t>` element in text[from, to), leaving out phonetic runs. */
export function textsIn(text: string, from: number, to: number): string | undefined {
  let result: string | undefined;
  let at = from;
  for (;;) {
    const open = text.indexOf('<t', at);
    if (open < 0 || open >= to) return result;
    const next = text.charCodeAt(open + 2);
    if (next !== 62 && next !== 32 && next !== 47) {
      at = open + 2;
      continue;
    }
    const phonetic = text.slice(from, open).lastIndexOf('<rPh') + from;
    const tagEnd = text.indexOf('>', open);
    if (tagEnd < 0 || tagEnd >= to) return result;
    if (text[tagEnd - 1] === '/') {
      at = tagEnd + 1;
      continue;
    }
    const close = text.indexOf('</t>', tagEnd);
    if (close < 0 || close > to) return result;
    const inPhonetic = phonetic >= from && text.slice(phonetic, to).indexOf('</rPh>') + phonetic > open;
    if (!inPhonetic && close > tagEnd + 1) result = (result ?? '') + decodeCellText(text.slice(tagEnd + 1, close));
    at = close + 4;
  }
}
