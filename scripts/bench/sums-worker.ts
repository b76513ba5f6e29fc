// A lower bound for any JavaScript reader of the ledger: inflates the sheet with Node's zlib
// (streaming, as the floor does), decodes it to text, and for each row takes the text of its
// <v> elements and adds the four amounts, as exact øre (BigInt), to a sum per ansvar, art and
// funksjon. It knows the synthetic workbook's shape (8 cells a row, amounts in the last four)
// and checks nothing: no types, no styles, no addresses, no findings. Whatever the product
// does beyond this is the price of reading a workbook it has never seen and pointing at every
// bad cell. Run as a child process by the benchmark, like the floor:
//   node sums-worker.js <workbook.xlsx> <zip entry of the sheet>
// Prints {"rows":…,"groups":…,"totals":["…","…","…","…"]} (totals in øre over all groups).

import { createReadStream } from 'node:fs';
import { createInflateRaw } from 'node:zlib';
import { runWorker } from './worker-main';
import { entryDataOffset, findZipEntry } from './zip-directory';

export interface SumsResult {
  readonly rows: number;
  readonly groups: number;
  readonly totals: readonly string[];
}

const SCALE = [100n, 10n, 1n];

/** Øre of a plain decimal with at most two decimals ("-1234.5" → -123450n). */
function ore(text: string): bigint {
  const dot = text.indexOf('.');
  if (dot < 0) return BigInt(text) * 100n;
  const decimals = text.length - dot - 1;
  return BigInt(text.slice(0, dot) + text.slice(dot + 1)) * (SCALE[decimals] ?? 1n);
}

export async function sumsPass(file: string, entryName: string): Promise<SumsResult> {
  const entry = findZipEntry(file, entryName);
  const start = entryDataOffset(file, entry);
  const packed = createReadStream(file, { start, end: start + entry.compressedSize - 1, highWaterMark: 1 << 20 });
  const xml = packed.pipe(createInflateRaw({ chunkSize: 1 << 20 }));
  packed.on('error', (error) => xml.destroy(error));
  const decoder = new TextDecoder();
  const groups = new Map<string, bigint[]>();
  const values: string[] = [];
  let carry = '';
  let rows = 0;
  for await (const chunk of xml as AsyncIterable<Buffer>) {
    const text = carry + decoder.decode(chunk, { stream: true });
    let at = 0;
    for (;;) {
      const open = text.indexOf('<row', at);
      const close = open < 0 ? -1 : text.indexOf('</row>', open);
      if (close < 0) break;
      values.length = 0;
      for (let v = text.indexOf('<v>', open); v >= 0 && v < close; v = text.indexOf('<v>', v + 3)) {
        values.push(text.slice(v + 3, text.indexOf('</v>', v)));
      }
      rows++;
      if (rows > 1 && values.length === 8) {
        const key = `${values[0]}|${values[1]}|${values[2]}`;
        let sums = groups.get(key);
        if (sums === undefined) groups.set(key, (sums = [0n, 0n, 0n, 0n]));
        for (let k = 0; k < 4; k++) sums[k] = (sums[k] ?? 0n) + ore(values[4 + k] ?? '0');
      }
      at = close + 6;
    }
    carry = text.slice(at);
  }
  const totals = [0n, 0n, 0n, 0n];
  for (const sums of groups.values()) sums.forEach((s, k) => (totals[k] = (totals[k] ?? 0n) + s));
  return { rows, groups: groups.size, totals: totals.map(String) };
}

if (require.main === module) runWorker('sums', 'node sums-worker.js <workbook.xlsx> <zip entry>', 2, ([file, entry]) => sumsPass(file ?? '', entry ?? ''));
