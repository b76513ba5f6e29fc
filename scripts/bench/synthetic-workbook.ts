// A deterministic synthetic workbook of N ledger rows, for the benchmark.
//
// Every part of the example workbook (examples/ikt-indre-namdal-2017.xlsx) is kept as it is,
// except two: the sheet Regnskap, written here row by row and streamed into the zip, and the
// shared strings, whose reference count changes. Each of the example's 84 ledger lines becomes
// about N / 84 rows whose amounts (all four amount columns) add up to the line's amount to the
// øre, so every figure of the report equals the example's. The rows carry no "Sum ansvar"
// subtotal rows: the sheet has exactly N + 1 rows (the header and N ledger rows).
//
// Two kinds of ledger, with the same rows and amounts: with `repeated` texts each row's Tekst
// cell (column D) points at its line's text among the example's shared strings; with `unique`
// texts every row has a text of its own, as an ERP export's bilagstekst ("Bilag 7 – kjøp av
// tjenester fra leverandør 7"), appended to xl/sharedStrings.xml, one <si> per row.
//
// The file is written as Excel writes a sheet (`<row r=".." spans="1:8">`, codes and amounts as
// numbers, the text column as shared strings, amounts styled "#,##0.00"), in chunks of about
// 1 MB, so memory stays bounded at any N; so are the shared strings when every row has its own.
// Same N and kind, same bytes (on a given Node version, whose zlib deflates the streamed parts):
// the split uses a fixed seed and every zip entry carries the example's fixed date.

import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createDeflateRaw } from 'node:zlib';
import * as path from 'node:path';
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { regnskap } from '../../examples/ikt-indre-namdal-2017.data';
import { createRandom, excelNumberOfOre, oreOfKroner, splitOre } from './split-amounts';
import { findZipEntry } from './zip-directory';

/** Raise when the bytes written for a given N change, so cached files are made again. */
export const GENERATOR_VERSION = 1;
const SEED = 0x20171231;
const LEDGER_SHEET = 'Regnskap';
/** The example's fixed date, as local time: fflate writes the zip's DOS time from local time. */
const ZIP_DATE = new Date(2018, 1, 15, 0, 0, 0);
const CHUNK_CHARS = 1 << 20;
const COLUMNS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;
const SHARED_STRINGS = 'xl/sharedStrings.xml';

/** How the ledger rows' Tekst cells (column D) are written: the example's texts repeated, or one text of its own per row. */
export type LedgerTexts = 'repeated' | 'unique';
export const LEDGER_TEXTS: readonly LedgerTexts[] = ['repeated', 'unique'];

/**
 * The text of the ledger row on sheet row `row` when every row has its own, like an ERP export's
 * bilagstekst; the en dash and the ø keep it from being pure ASCII, as real texts are not.
 */
export function uniqueText(row: number): string {
  return `Bilag ${row} – kjøp av tjenester fra leverandør ${row % 977}`;
}

export interface SyntheticWorkbook {
  readonly path: string;
  readonly rows: number;
  readonly texts: LedgerTexts;
  /** The zip entry of the sheet Regnskap, e.g. `xl/worksheets/sheet3.xml`. */
  readonly ledgerEntry: string;
  readonly fileBytes: number;
  readonly ledgerXmlBytes: number;
  /** Unpacked size of xl/sharedStrings.xml: a few kB with repeated texts, tens of MB with a text per row. */
  readonly sharedStringsXmlBytes: number;
  /** Seconds the generator took to write it (in this run, or when it was cached). */
  readonly generatorSeconds: number | null;
  /** True when it was written in this run, false when it came from the cache. */
  readonly generated: boolean;
}

/** The cached workbook of `rows` ledger rows in `cacheDir`, written first when it is not there. */
export async function ensureSyntheticWorkbook(rows: number, examplePath: string, cacheDir: string, texts: LedgerTexts = 'repeated'): Promise<SyntheticWorkbook> {
  const example = readFileSync(examplePath);
  const exampleHash = createHash('sha256').update(example).digest('hex').slice(0, 10);
  const kind = texts === 'unique' ? 'unique-' : '';
  const file = path.join(cacheDir, `regnskap-${kind}${rows}-g${GENERATOR_VERSION}-${exampleHash}.xlsx`);
  const metaFile = `${file}.json`;
  let generatorSeconds: number | null = null;
  const generated = !existsSync(file);
  if (generated) {
    mkdirSync(cacheDir, { recursive: true });
    const started = process.hrtime.bigint();
    await writeSyntheticWorkbook(rows, example, file, texts);
    generatorSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    writeFileSync(metaFile, `${JSON.stringify({ rows, texts, generatorVersion: GENERATOR_VERSION, generatorSeconds })}\n`);
  } else if (existsSync(metaFile)) {
    const meta: unknown = JSON.parse(readFileSync(metaFile, 'utf8'));
    const seconds = typeof meta === 'object' && meta !== null && 'generatorSeconds' in meta ? meta.generatorSeconds : null;
    generatorSeconds = typeof seconds === 'number' ? seconds : null;
  }
  const ledgerEntry = ledgerSheetEntry(unzipSync(example, { filter: (f) => f.name === 'xl/workbook.xml' || f.name === 'xl/_rels/workbook.xml.rels' }));
  return {
    path: file,
    rows,
    texts,
    ledgerEntry,
    fileBytes: statSync(file).size,
    ledgerXmlBytes: findZipEntry(file, ledgerEntry).uncompressedSize,
    sharedStringsXmlBytes: findZipEntry(file, SHARED_STRINGS).uncompressedSize,
    generatorSeconds,
    generated,
  };
}

/** The attributes of one XML start tag, by name. */
function attributes(tag: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:]+)="([^"]*)"/g)) result.set(m[1] ?? '', m[2] ?? '');
  return result;
}

/** The zip entry of sheet Regnskap, found through xl/workbook.xml and its relationships. */
export function ledgerSheetEntry(files: Record<string, Uint8Array>): string {
  const workbook = strFromU8(required(files, 'xl/workbook.xml'));
  const rels = strFromU8(required(files, 'xl/_rels/workbook.xml.rels'));
  const sheet = [...workbook.matchAll(/<sheet\s[^>]*>/g)].map((m) => attributes(m[0])).find((a) => a.get('name') === LEDGER_SHEET);
  const id = sheet?.get('r:id');
  if (!id) throw new Error(`the example workbook has no sheet ${LEDGER_SHEET}`);
  const rel = [...rels.matchAll(/<Relationship\s[^>]*>/g)].map((m) => attributes(m[0])).find((a) => a.get('Id') === id);
  const target = rel?.get('Target');
  if (!target) throw new Error(`no relationship ${id} in xl/_rels/workbook.xml.rels`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

function required(files: Record<string, Uint8Array>, name: string): Uint8Array {
  const data = files[name];
  if (!data) throw new Error(`the example workbook has no part ${name}`);
  return data;
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    if (e === 'amp') return '&';
    return String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** Index of each text in the shared strings (first occurrence), how many <si> there are, and the part's opening tag. */
function readSharedStrings(xml: string): { readonly index: Map<string, number>; readonly count: number; readonly sstTag: string } {
  const sstTag = /<sst\s[^>]*>/.exec(xml)?.[0];
  if (!sstTag) throw new Error('xl/sharedStrings.xml has no <sst> element');
  const index = new Map<string, number>();
  let i = 0;
  for (const si of xml.matchAll(/<si>([\s\S]*?)<\/si>/g)) {
    const text = [...(si[1] ?? '').matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((t) => unescapeXml(t[1] ?? '')).join('');
    if (!index.has(text)) index.set(text, i);
    i++;
  }
  return { index, count: i, sstTag };
}

const countOf = (text: string, needle: string): number => text.split(needle).length - 1;

/** How many rows each of the example's lines becomes: N / lines, the first N mod lines one more. */
export function partsPerLine(rows: number, lines: number): number[] {
  if (rows < lines) throw new Error(`at least ${lines} ledger rows (one per line of the example), not ${rows}`);
  const base = Math.floor(rows / lines);
  return Array.from({ length: lines }, (_, i) => base + (i < rows % lines ? 1 : 0));
}

/**
 * A zip entry deflated by Node's zlib (native, several times faster than fflate's deflate in
 * JavaScript); fflate computes the CRC and size of what is pushed and writes the headers.
 */
class NodeDeflateEntry extends ZipPassThrough {
  private readonly deflate = createDeflateRaw({ level: 6 });

  constructor(filename: string) {
    super(filename);
    this.compression = 8;
    this.deflate.on('data', (chunk: Buffer) => this.ondata(null, new Uint8Array(chunk), false));
    this.deflate.on('end', () => this.ondata(null, new Uint8Array(0), true));
    this.deflate.on('error', (error: Error) => this.ondata(Object.assign(error, { code: 0 }), new Uint8Array(0), true));
  }

  protected override process(chunk: Uint8Array, final: boolean): void {
    this.deflate.write(chunk);
    if (final) this.deflate.end();
  }

  /** Resolves when zlib has taken what was pushed so far (backpressure, so memory stays bounded). */
  drained(): Promise<void> {
    return this.deflate.writableNeedDrain ? new Promise((resolve) => this.deflate.once('drain', () => resolve())) : Promise.resolve();
  }

  /** Resolves when zlib has given out the last of the entry (after the final push). */
  finished(): Promise<void> {
    return this.deflate.readableEnded ? Promise.resolve() : new Promise((resolve) => this.deflate.once('end', () => resolve()));
  }
}

/** Text for a streamed entry, gathered and pushed about CHUNK_CHARS at a time, each chunk taken by zlib before the next. */
class ChunkedText {
  private buffer = '';

  constructor(private readonly entry: NodeDeflateEntry) {}

  /** Adds `text`; true when a chunk is full and should be flushed. */
  add(text: string): boolean {
    this.buffer += text;
    return this.buffer.length >= CHUNK_CHARS;
  }

  /** Pushes what was added; after the final chunk, waits until zlib has given out the whole entry. */
  async flush(final = false): Promise<void> {
    this.entry.push(Buffer.from(this.buffer, 'utf8'), final);
    this.buffer = '';
    await this.entry.drained();
    if (final) await this.entry.finished();
  }
}

/** Writes the workbook of `rows` ledger rows, built from the example's bytes, to `file` (atomically). */
export async function writeSyntheticWorkbook(rows: number, example: Uint8Array, file: string, texts: LedgerTexts = 'repeated'): Promise<void> {
  const files = unzipSync(example);
  const ledgerEntry = ledgerSheetEntry(files);
  const ledgerXml = strFromU8(required(files, ledgerEntry));
  const sharedXml = strFromU8(required(files, SHARED_STRINGS));
  const { index: textIndex, count: exampleStrings, sstTag } = readSharedStrings(sharedXml);

  // The sheet's head and tail from the example, its header row, and the amount style of its first ledger row.
  const dataStart = ledgerXml.indexOf('<sheetData>');
  const dataEnd = ledgerXml.indexOf('</sheetData>');
  const headerRow = /<row r="1"[\s\S]*?<\/row>/.exec(ledgerXml)?.[0];
  const amountStyle = /<c r="E2" s="(\d+)"/.exec(ledgerXml)?.[1];
  if (dataStart < 0 || dataEnd < 0 || !headerRow || !amountStyle) throw new Error(`unexpected layout of ${ledgerEntry} in the example`);
  assertAmountStyle(strFromU8(required(files, 'xl/styles.xml')), Number(amountStyle));
  const head = ledgerXml.slice(0, dataStart).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:H${rows + 1}"/>`);
  const tail = ledgerXml.slice(dataEnd);

  // Shared-string references: those of the other sheets, the header's, and one per ledger row.
  let references = countOf(headerRow, 't="s"') + rows;
  for (const [name, data] of Object.entries(files)) {
    if (name.startsWith('xl/worksheets/') && name !== ledgerEntry) references += countOf(strFromU8(data), 't="s"');
  }
  const withCount = (tag: string): string => tag.replace(/\scount="\d+"/, ` count="${references}"`);
  const sharedStrings = sharedXml.replace(sstTag, withCount(sstTag));
  // With a text per row, sheet row r's text is string exampleStrings + r - 2, after the example's own.
  const firstRowText = texts === 'unique' ? exampleStrings : null;
  const uniqueShared = sharedXml.replace(sstTag, withCount(sstTag).replace(/\suniqueCount="\d+"/, ` uniqueCount="${exampleStrings + rows}"`));
  const sstClose = uniqueShared.lastIndexOf('</sst>');
  if (sstClose < 0) throw new Error(`${SHARED_STRINGS} of the example has no </sst>`);
  const uniqueParts = { head: uniqueShared.slice(0, sstClose), tail: uniqueShared.slice(sstClose) };

  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    await new Promise<void>((resolve, reject) => {
      const zip = new Zip((error, chunk, final) => {
        if (error) return reject(error);
        writeSync(fd, chunk);
        if (final) resolve();
      });
      const addAll = async (): Promise<void> => {
        for (const [name, data] of Object.entries(files)) {
          if (name.endsWith('/')) {
            const dir = new ZipPassThrough(name);
            dir.mtime = ZIP_DATE;
            zip.add(dir);
            dir.push(new Uint8Array(0), true);
          } else if (name === ledgerEntry) {
            const entry = new NodeDeflateEntry(name);
            entry.mtime = ZIP_DATE;
            zip.add(entry);
            await writeLedgerSheet(entry, rows, { head, headerRow, tail, amountStyle, textIndex, firstRowText });
          } else if (name === SHARED_STRINGS && texts === 'unique') {
            const entry = new NodeDeflateEntry(name);
            entry.mtime = ZIP_DATE;
            zip.add(entry);
            await writeUniqueSharedStrings(entry, rows, uniqueParts);
          } else {
            const entry = new ZipDeflate(name, { level: 6 });
            entry.mtime = ZIP_DATE;
            zip.add(entry);
            entry.push(name === SHARED_STRINGS ? strToU8(sharedStrings) : data, true);
          }
        }
        zip.end();
      };
      addAll().catch(reject);
    });
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(tmp, file);
  } catch (error) {
    if (existsSync(tmp)) unlinkSync(tmp);
    throw error;
  }
}

/** The amount cells' style must show "#,##0.00" (built-in number format 4, or a custom one with that code). */
function assertAmountStyle(styles: string, index: number): void {
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  const xf = [...cellXfs.matchAll(/<xf\s[^>]*>/g)][index]?.[0];
  const numFmtId = xf ? attributes(xf).get('numFmtId') : undefined;
  const custom = [...styles.matchAll(/<numFmt\s[^>]*>/g)].map((m) => attributes(m[0])).find((a) => a.get('numFmtId') === numFmtId);
  if (numFmtId !== '4' && custom?.get('formatCode') !== '#,##0.00') {
    throw new Error(`style ${index} of the example is not the amount format #,##0.00`);
  }
}

interface SheetParts {
  readonly head: string;
  readonly headerRow: string;
  readonly tail: string;
  readonly amountStyle: string;
  readonly textIndex: ReadonlyMap<string, number>;
  /** With a text per row, the shared string of sheet row 2's text (row r has this + r - 2); null when the texts repeat. */
  readonly firstRowText: number | null;
}

/** Streams the shared strings when every row has its own text: the example's strings, then one <si> per ledger row. */
async function writeUniqueSharedStrings(entry: NodeDeflateEntry, rows: number, parts: { readonly head: string; readonly tail: string }): Promise<void> {
  const out = new ChunkedText(entry);
  out.add(parts.head);
  for (let r = 2; r <= rows + 1; r++) {
    if (out.add(`<si><t>${escapeXml(uniqueText(r))}</t></si>`)) await out.flush();
  }
  out.add(parts.tail);
  await out.flush(true);
}

/** Streams sheet Regnskap: the example's head and header row, N ledger rows, the example's tail. */
async function writeLedgerSheet(entry: NodeDeflateEntry, rows: number, parts: SheetParts): Promise<void> {
  const out = new ChunkedText(entry);
  out.add(parts.head + '<sheetData>' + parts.headerRow);
  const random = createRandom(SEED);
  const counts = partsPerLine(rows, regnskap.length);
  const s = parts.amountStyle;
  let r = 1;
  for (const [i, line] of regnskap.entries()) {
    const [ansvar, art, funksjon, tekst] = line;
    const lineText = parts.textIndex.get(tekst);
    if (lineText === undefined) throw new Error(`the text "${tekst}" is not among the example's shared strings`);
    const k = counts[i] ?? 0;
    const [regnskapParts, budsjettParts, opprinneligParts, ifjorParts] = [line[4], line[5], line[6], line[7]].map((kroner) => splitOre(oreOfKroner(kroner), k, random));
    if (!regnskapParts || !budsjettParts || !opprinneligParts || !ifjorParts) throw new Error('four amount columns');
    for (let j = 0; j < k; j++) {
      r++;
      const text = parts.firstRowText === null ? lineText : parts.firstRowText + r - 2;
      const row =
        `<row r="${r}" spans="1:8">` +
        `<c r="${COLUMNS[0]}${r}"><v>${ansvar}</v></c>` +
        `<c r="${COLUMNS[1]}${r}"><v>${art}</v></c>` +
        `<c r="${COLUMNS[2]}${r}"><v>${funksjon}</v></c>` +
        `<c r="${COLUMNS[3]}${r}" t="s"><v>${text}</v></c>` +
        `<c r="${COLUMNS[4]}${r}" s="${s}"><v>${excelNumberOfOre(regnskapParts[j] ?? 0n)}</v></c>` +
        `<c r="${COLUMNS[5]}${r}" s="${s}"><v>${excelNumberOfOre(budsjettParts[j] ?? 0n)}</v></c>` +
        `<c r="${COLUMNS[6]}${r}" s="${s}"><v>${excelNumberOfOre(opprinneligParts[j] ?? 0n)}</v></c>` +
        `<c r="${COLUMNS[7]}${r}" s="${s}"><v>${excelNumberOfOre(ifjorParts[j] ?? 0n)}</v></c>` +
        '</row>';
      if (out.add(row)) await out.flush();
    }
  }
  out.add(parts.tail);
  await out.flush(true);
}
