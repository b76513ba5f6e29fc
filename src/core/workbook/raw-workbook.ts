/**
 * The data every WorkbookSource adapter delivers: sheets, their non-empty rows and cells,
 * each cell with its A1 address and a value of one of a few kinds. Nothing here is
 * interpreted yet: a number stored as text stays text, an error value stays an error.
 */
export type CellValue =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  /** A date cell (or a formula whose result is a date), as an ISO date string. */
  | { readonly kind: 'date'; readonly iso: string }
  /** An error value such as #REF!, #DIV/0!, #N/A, also as the cached result of a formula. */
  | { readonly kind: 'error'; readonly code: string }
  /** A formula whose file holds no cached result (the value is unknown, never 0). */
  | { readonly kind: 'no-cached-result'; readonly formula: string }
  /** A cell covered by a merge whose top-left cell (the master) is elsewhere. */
  | { readonly kind: 'merged'; readonly master: string };

export interface RawCell {
  /** 1-based column number. */
  readonly column: number;
  /** A1 address, e.g. "E7". */
  readonly address: string;
  readonly value: CellValue;
}

export interface RawRow {
  /** 1-based row number. */
  readonly row: number;
  readonly hidden: boolean;
  /** Only cells that hold something, in column order. */
  readonly cells: readonly RawCell[];
}

/** Receives the rows of a streamed sheet, a batch at a time, in row order. */
export interface RowSink {
  rows(batch: readonly RawRow[]): void;
  /**
   * The rows given so far are void and come again from the first: the adapter learned
   * something only the end of the sheet tells (merged ranges are listed after the rows).
   */
  restart(): void;
}

export interface RawSheet {
  readonly name: string;
  readonly hidden: boolean;
  /** Only rows that hold something, in row order; empty for a streamed sheet. */
  readonly rows: readonly RawRow[];
  /**
   * A sheet too large to hold at once (a ledger of a million rows): its rows are not in `rows`
   * but come through `stream`, once per call, and are read as they arrive. Adapters stream
   * only the sheet of a contract table (see TABLE_SPECS), never the settings sheet. A stream
   * that cannot be read rejects with an UnreadableWorkbookError, like WorkbookSource.read.
   */
  readonly stream?: (sink: RowSink) => Promise<void>;
}

/**
 * A defined name (kind 'name') or an Excel table (kind 'table') that points at one rectangle of
 * one sheet: `sheet` is the sheet's name as in `sheets`, `range` is "A1:D7" (always two corners,
 * no $). Names that are not one plain rectangle of a sheet of the workbook are left out.
 */
export interface WorkbookName {
  readonly name: string;
  readonly sheet: string;
  readonly range: string;
  readonly kind: 'name' | 'table';
}

export interface RawWorkbook {
  readonly sheets: readonly RawSheet[];
  /** Defined names and Excel tables, sorted (see workbook-names.ts); absent when there are none. */
  readonly names?: readonly WorkbookName[];
}
