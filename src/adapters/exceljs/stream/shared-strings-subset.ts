import type { SharedStrings } from './shared-strings';

/**
 * The shared strings the sheets other than the streamed ledger use, for exceljs: a ledger of a
 * million rows with a text of its own on each row has a million shared strings, and exceljs
 * would hold them all again. The other sheets get a table of only their own strings, renumbered
 * in order of first use; each `<si>` is copied as it is (rich text and all).
 *
 * Only cells written `<c … t="s" …><v>N</v>` are renumbered. When a sheet holds a shared-string
 * cell of any other shape, undefined is returned and the workbook goes to exceljs unchanged, so
 * a string can never be shown from the wrong index.
 */
export interface SharedStringsSubset {
  readonly sharedStrings: Uint8Array;
  /** The sheets' XML with their indices renumbered, by part name. */
  readonly sheets: ReadonlyMap<string, string>;
}

const CELL = /<c\b[^>]*?\st="s"[^>]*>\s*<v>(\d+)<\/v>/g;
const ANY_SHARED = /\st=["']s["']/g;

export function sharedStringsSubset(all: SharedStrings, sheets: ReadonlyMap<string, string>): SharedStringsSubset | undefined {
  const renumbered = new Map<number, number>();
  const kept: Buffer[] = [];
  const out = new Map<string, string>();
  for (const [part, xml] of sheets) {
    let rewritten = 0;
    const text = xml.replace(CELL, (cell, index: string) => {
      const old = Number(index);
      const item = all.raw(old);
      if (item === undefined) return cell;
      let fresh = renumbered.get(old);
      if (fresh === undefined) {
        fresh = kept.length;
        kept.push(item);
        renumbered.set(old, fresh);
      }
      rewritten++;
      return `${cell.slice(0, cell.length - index.length - 4)}${fresh}</v>`;
    });
    if (rewritten !== (xml.match(ANY_SHARED) ?? []).length) return undefined;
    out.set(part, text);
  }
  const root = all.rootTag();
  if (root === undefined || root.endsWith('/>')) return undefined;
  const head = root.replace(/\s(unique)?[cC]ount="\d+"/g, '').replace(/>$/, ` count="${kept.length}" uniqueCount="${kept.length}">`);
  const sharedStrings = Buffer.concat([Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${head}`), ...kept, Buffer.from('</sst>')]);
  return { sharedStrings, sheets: out };
}
