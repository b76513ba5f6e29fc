/**
 * How many rows of a sheet the Office.js adapter asks for in one request, sized from what the
 * rows already read measured. Pure: readSheetRows measures, this file decides. The numbers and
 * how they were measured are in docs/office-reading.md.
 */

/** What sizes the chunks of one read. */
export interface ChunkSizing {
  /** The response one request is planned to stay under, in bytes (as estimated by jsonByteBound). */
  readonly budgetBytes: number;
  /** At most this many cells in one request, whatever the estimate. */
  readonly maxCells: number;
  /** The first request of a sheet, made before anything is measured; never more than maxCells. */
  readonly firstCells: number;
}

/**
 * Excel on the web refuses a request or a response over 5 MB. The adapter plans for half of
 * that, so that a chunk whose rows turn out up to twice as heavy as the rows before them (a
 * band of long texts) still passes, and so that what is not counted (the envelope Excel wraps
 * around the properties, the merged and visible areas) cannot tip a chunk over.
 */
export const RESPONSE_BUDGET_BYTES = 2_500_000;

/**
 * What the budget holds of typical ledger cells (about 40 bytes each, measured): a chunk sized
 * on light cells (an empty cell costs 24 bytes) that runs into a typical ledger stays within
 * the budget.
 */
export const DEFAULT_MAX_CELLS_PER_REQUEST = 60_000;

/** The first request of a sheet: about 40 KB of typical cells, enough to measure them. */
export const FIRST_CHUNK_CELLS = 1_000;

/** A chunk has at most this many times the rows of the one before it (as TCP's slow start). */
export const GROWTH = 2;

export const DEFAULT_CHUNK_SIZING: ChunkSizing = {
  budgetBytes: RESPONSE_BUDGET_BYTES,
  maxCells: DEFAULT_MAX_CELLS_PER_REQUEST,
  firstCells: FIRST_CHUNK_CELLS,
};

/** Any UTF-16 code unit outside ASCII, the halves of a surrogate pair included. */
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * The size of a value as JSON, in bytes, whether Excel sends the characters outside ASCII in
 * UTF-8 or as escapes: the length of JSON.stringify (which already escapes control characters),
 * with every character outside ASCII counted as a `\uXXXX` escape (6 bytes; UTF-8 needs 2–3,
 * a surrogate pair 4). Never less than the value's JSON in UTF-8.
 */
export function jsonByteBound(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  if (!NON_ASCII.test(json)) return json.length;
  let nonAscii = 0;
  for (let i = 0; i < json.length; i += 1) if (json.charCodeAt(i) > 0x7f) nonAscii += 1;
  return json.length + 5 * nonAscii;
}

/** The rows of a sheet's first chunk: firstCells (within maxCells) of whole rows, at least one. */
export function firstChunkRows(columns: number, sizing: ChunkSizing): number {
  return Math.max(1, Math.floor(Math.min(sizing.firstCells, sizing.maxCells) / columns));
}

/** The shortest tail of a chunk that estimateRowBytes looks at, as a fraction of the chunk. */
export const SHORTEST_TAIL = 1 / 16;

/**
 * Bytes per row to plan the next chunk with, from the bytes of each row of the last chunk: the
 * heaviest mean of any tail of the chunk (its last rows) at least a sixteenth of it long, the
 * whole chunk included. Rows next to each other tend to be alike, so the rows at the end of a
 * chunk say most about the rows that come next: a band of long texts that begins near the end
 * of a chunk weighs at once, in full, and one that ended there weighs for one more chunk.
 */
export function estimateRowBytes(rowBytes: readonly number[]): number {
  const shortest = Math.max(1, Math.ceil(rowBytes.length * SHORTEST_TAIL));
  let sum = 0;
  let heaviest = 0;
  for (let length = 1; length <= rowBytes.length; length += 1) {
    sum += rowBytes[rowBytes.length - length] ?? 0;
    if (length >= shortest) heaviest = Math.max(heaviest, sum / length);
  }
  return heaviest;
}

/**
 * The rows of the next chunk, from the bytes of each row of the last one: as many as the
 * budget holds at estimateRowBytes, but at most maxCells, at most GROWTH times the rows of the
 * last chunk, and at least one row. When Excel refused the last chunk and it was read in
 * pieces, `largestPiece` is the most rows one of its requests passed with: the next chunk is
 * no larger (Excel may have refused it for more than its size, such as too many merged areas).
 */
export function nextChunkRows(lastRowBytes: readonly number[], columns: number, sizing: ChunkSizing, largestPiece = lastRowBytes.length): number {
  const perRow = Math.max(1, estimateRowBytes(lastRowBytes));
  const byBudget = Math.floor(sizing.budgetBytes / perRow);
  const byCells = Math.floor(sizing.maxCells / columns);
  const byGrowth = largestPiece < lastRowBytes.length ? largestPiece : GROWTH * Math.max(1, lastRowBytes.length);
  return Math.max(1, Math.min(byBudget, byCells, byGrowth));
}
