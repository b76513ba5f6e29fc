import { textsIn } from './xml-text';

const SI_OPEN = Buffer.from('<si');
const SI_CLOSE = Buffer.from('</si>');

/**
 * xl/sharedStrings.xml held as its UTF-8 bytes with the place of each `<si>`, a string made only
 * when a cell asks for it: a ledger with its own text on each of a million rows has a million
 * shared strings, which as JavaScript strings would take several times the memory.
 */
export class SharedStrings {
  private constructor(
    private readonly bytes: Buffer,
    private readonly starts: Int32Array<ArrayBuffer>,
    private readonly ends: Int32Array<ArrayBuffer>,
    readonly count: number,
  ) {}

  static fromBytes(data: Uint8Array): SharedStrings {
    const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    let starts: Int32Array<ArrayBuffer> = new Int32Array(1024);
    let ends: Int32Array<ArrayBuffer> = new Int32Array(1024);
    let count = 0;
    let at = bytes.indexOf(SI_OPEN);
    while (at >= 0) {
      const next = bytes[at + 3];
      if (next !== 0x3e && next !== 0x20 && next !== 0x2f && next !== 0x09 && next !== 0x0a && next !== 0x0d) {
        at = bytes.indexOf(SI_OPEN, at + 3);
        continue;
      }
      const tagEnd = bytes.indexOf(0x3e, at);
      if (tagEnd < 0) break;
      const selfClosing = bytes[tagEnd - 1] === 0x2f;
      const close = selfClosing ? tagEnd + 1 : bytes.indexOf(SI_CLOSE, tagEnd);
      if (close < 0) break;
      const end = selfClosing ? close : close + SI_CLOSE.length;
      if (count === starts.length) {
        starts = grow(starts);
        ends = grow(ends);
      }
      starts[count] = at;
      ends[count] = end;
      count++;
      at = bytes.indexOf(SI_OPEN, end);
    }
    return new SharedStrings(bytes, starts, ends, count);
  }

  /** The text of string `index` (rich text runs joined, phonetic runs left out), or undefined. */
  text(index: number): string | undefined {
    const item = this.raw(index);
    if (item === undefined) return undefined;
    const xml = item.toString('utf8');
    const open = xml.indexOf('>');
    return xml[open - 1] === '/' ? undefined : textsIn(xml, open + 1, xml.length - SI_CLOSE.length);
  }

  /** The part's root start tag, `<sst xmlns="…" count="…" uniqueCount="…">`, or undefined. */
  rootTag(): string | undefined {
    const head = this.bytes.subarray(0, Math.min(this.bytes.length, this.count > 0 ? (this.starts[0] ?? 0) : 4096)).toString('utf8');
    return /<sst\b[^>]*>/.exec(head)?.[0];
  }

  /** The `<si>…</si>` of string `index` as it is written, or undefined. */
  raw(index: number): Buffer | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.count) return undefined;
    return this.bytes.subarray(this.starts[index], this.ends[index]);
  }
}

function grow(array: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
