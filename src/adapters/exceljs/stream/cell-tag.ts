/**
 * The attributes of a cell's start tag `<c r="E7" s="3" t="s">` (or a row's, `<row r="7" hidden="1">`)
 * that the reader needs, read in
 * one pass over the characters (a million-row sheet has eight million of them). One instance is
 * reused from cell to cell. `plain` is false when a value holds an entity or an attribute is
 * written in a way this pass does not follow; the caller then reads the tag the slow, general way.
 */
export class CellTag {
  /** The `r` attribute read as a column (0 for a row's r, which has no letters) and a row number; 0 when absent. */
  column = 0;
  row = 0;
  s = 0;
  t: string | undefined;
  /** A row's `hidden` attribute. */
  hidden: string | undefined;
  plain = true;

  read(xml: string, from: number, to: number): void {
    this.column = 0;
    this.row = 0;
    this.s = 0;
    this.t = undefined;
    this.hidden = undefined;
    this.plain = true;
    let i = from;
    while (i < to) {
      let c = xml.charCodeAt(i);
      while (c === 32 || c === 9 || c === 10 || c === 13) c = xml.charCodeAt(++i);
      if (i >= to || c === 47) return;
      const nameStart = i;
      while (i < to && c !== 61 && c !== 32) c = xml.charCodeAt(++i);
      const nameLength = i - nameStart;
      const quote = xml.charCodeAt(i + 1);
      if (c !== 61 || (quote !== 34 && quote !== 39)) {
        this.plain = false;
        return;
      }
      const valueStart = i + 2;
      const valueEnd = xml.indexOf(quote === 34 ? '"' : "'", valueStart);
      if (valueEnd < 0 || valueEnd > to) {
        this.plain = false;
        return;
      }
      if (nameLength === 1) this.take(xml, xml.charCodeAt(nameStart), valueStart, valueEnd);
      else if (nameLength === 6 && xml.startsWith('hidden', nameStart)) this.hidden = xml.slice(valueStart, valueEnd);
      i = valueEnd + 1;
    }
  }

  private take(xml: string, name: number, from: number, to: number): void {
    if (name === 115) {
      const style = wholeNumber(xml, from, to);
      if (style < 0) this.plain = false;
      else this.s = style;
      return;
    }
    if (name === 114) {
      this.takeReference(xml, from, to);
      return;
    }
    if (name !== 116) return;
    const value = xml.slice(from, to);
    if (value.includes('&')) this.plain = false;
    this.t = value;
  }

  /** "AB12" → column 28, row 12, without making a string; anything else is not plain. */
  private takeReference(xml: string, from: number, to: number): void {
    let column = 0;
    let k = from;
    for (; k < to; k++) {
      const code = xml.charCodeAt(k);
      if (code < 65 || code > 90) break;
      column = column * 26 + code - 64;
    }
    const row = wholeNumber(xml, k, to);
    if (row < 0) {
      this.plain = false;
      return;
    }
    this.column = column;
    this.row = row;
  }
}

/** The digits text[from, to) as a whole number; -1 when anything else is there. */
function wholeNumber(text: string, from: number, to: number): number {
  let value = 0;
  for (let k = from; k < to; k++) {
    const digit = text.charCodeAt(k) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}
