import { Inflate } from 'fflate';

/**
 * Limits a zip (an .xlsx or a .docx) must keep before any library unpacks it. They are counted
 * while inflating, never taken from the sizes the file declares, so a zip bomb is refused in
 * seconds with little memory: nothing inflated is kept but the first bytes of each XML part.
 */
export interface ZipLimits {
  /** All entries inflated together. */
  readonly maxInflatedBytes: number;
  readonly maxEntries: number;
  /** Inflated ÷ compressed for one entry, checked once it has inflated past `ratioFromBytes`. */
  readonly maxRatio: number;
  readonly ratioFromBytes: number;
}

export type ZipProblem =
  | { readonly kind: 'not-zip' }
  | { readonly kind: 'too-many-entries'; readonly entries: number }
  | { readonly kind: 'too-large'; readonly inflatedBytes: number }
  | { readonly kind: 'ratio'; readonly entry: string; readonly ratio: number }
  | { readonly kind: 'dtd'; readonly entry: string }
  | { readonly kind: 'encrypted'; readonly entry: string }
  | { readonly kind: 'corrupt'; readonly entry: string };

const MB = 1024 * 1024;

export const WORKBOOK_LIMITS: ZipLimits = { maxInflatedBytes: 500 * MB, maxEntries: 10_000, maxRatio: 1_000, ratioFromBytes: 10 * MB };
export const TEMPLATE_LIMITS: ZipLimits = { maxInflatedBytes: 200 * MB, maxEntries: 5_000, maxRatio: 1_000, ratioFromBytes: 10 * MB };

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  /** The inflated size the zip declares; never trusted for a limit. */
  readonly declaredSize: number;
  readonly localOffset: number;
}

class Stop extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem.kind);
  }
}

function centralDirectory(view: DataView, bytes: Uint8Array): ZipEntry[] | ZipProblem {
  let eocd = -1;
  for (let p = bytes.length - 22; p >= Math.max(0, bytes.length - 22 - 0xffff); p--) {
    if (view.getUint32(p, true) === 0x06054b50) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) return { kind: 'not-zip' };
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  if (count === 0xffff || p === 0xffffffff) return { kind: 'too-many-entries', entries: count }; // zip64: far beyond any workbook
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) return { kind: 'corrupt', entry: `#${i + 1}` };
    const nameLength = view.getUint16(p + 28, true);
    entries.push({
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      declaredSize: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return entries;
}

const HEAD = 4096;
const CHUNK = 64 * 1024;

/** The entries of a zip's central directory, or what is wrong with it. */
export function zipEntries(bytes: Uint8Array): readonly ZipEntry[] | ZipProblem {
  if (bytes.length < 22) return { kind: 'not-zip' };
  return centralDirectory(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), bytes);
}

/** The stored (compressed) bytes of an entry, or undefined when its local header is damaged. */
export function entryData(bytes: Uint8Array, e: ZipEntry): Uint8Array | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = e.localOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) return undefined;
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  return bytes.subarray(start, Math.min(bytes.length, start + e.compressedSize));
}

/** The first bytes of an XML part hold a DTD or an entity definition (refused everywhere). */
export function hasDtd(head: string): boolean {
  return /<!(DOCTYPE|ENTITY)/i.test(head);
}

/**
 * Inflates every entry once, counting; returns the first limit broken, or undefined. Entries
 * for which `skip` says true are left to a caller that inflates them itself under the same
 * limits (the streamed ledger sheet).
 */
export function inspectZip(bytes: Uint8Array, limits: ZipLimits, skip: (name: string) => boolean = () => false): ZipProblem | undefined {
  const entries = zipEntries(bytes);
  if (!isEntryList(entries)) return entries;
  if (entries.length > limits.maxEntries) return { kind: 'too-many-entries', entries: entries.length };
  let total = 0;
  let current = '';
  try {
    for (const e of entries) {
      current = e.name;
      if (e.name.endsWith('/')) continue;
      if ((e.flags & 1) !== 0) return { kind: 'encrypted', entry: e.name };
      const data = entryData(bytes, e);
      if (data === undefined) return { kind: 'corrupt', entry: e.name };
      if (skip(e.name)) continue;
      const xml = /\.(xml|rels)$/i.test(e.name);
      let head = '';
      let inflated = 0;
      const take = (chunk: Uint8Array) => {
        inflated += chunk.length;
        total += chunk.length;
        if (total > limits.maxInflatedBytes) throw new Stop({ kind: 'too-large', inflatedBytes: total });
        if (inflated > limits.ratioFromBytes && inflated / Math.max(1, data.length) > limits.maxRatio) {
          throw new Stop({ kind: 'ratio', entry: e.name, ratio: Math.round(inflated / Math.max(1, data.length)) });
        }
        if (xml && head.length < HEAD) head += new TextDecoder().decode(chunk.subarray(0, HEAD - head.length));
      };
      if (e.method === 0) take(data);
      else if (e.method === 8) {
        const inflate = new Inflate((chunk) => take(chunk));
        for (let p = 0; p < data.length; p += CHUNK) inflate.push(data.subarray(p, p + CHUNK), p + CHUNK >= data.length);
        if (data.length === 0) inflate.push(new Uint8Array(0), true);
      } else return { kind: 'corrupt', entry: e.name };
      if (xml && hasDtd(head)) return { kind: 'dtd', entry: e.name };
    }
  } catch (error) {
    if (error instanceof Stop) return error.problem;
    return { kind: 'corrupt', entry: current };
  }
  return undefined;
}

export function isEntryList(value: readonly ZipEntry[] | ZipProblem): value is readonly ZipEntry[] {
  return Array.isArray(value);
}
