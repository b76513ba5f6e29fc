import type { RawCell, RawRow, RawSheet, RawWorkbook } from '../workbook/raw-workbook';
import { firstFilledCell, isBlank, isSubtotalRow, textOf } from './cell-text';
import { findSheet } from './find-sheet';
import { parseRow, type ParsedRow } from './parse-row';
import type { TableColumn, TableRow } from './table-row';
import { normalizeName, type ColumnSpec, type TableSpec } from './sheet-specs';
import { tableFolder, type TableFold } from './table-fold';
import { hasForbiddenXmlCharacters } from './xml-safe-text';

export interface Table {
  readonly spec: TableSpec;
  readonly sheet: RawSheet;
  readonly headerRow: RawRow | undefined;
  readonly columns: ReadonlyMap<string, TableColumn>;
  readonly missingColumns: readonly ColumnSpec[];
  /** Header cells that name a column already found further left. */
  readonly duplicateHeaders: readonly TableColumn[];
  /**
   * The data rows, in order. For a table whose spec has `groupBy` (the ledger), only the rows a
   * check must point at: a cell that cannot be read, an empty required cell, a hidden row, a
   * merged cell or a text with control characters. Everything else about all rows is in `fold`.
   */
  readonly rows: readonly TableRow[];
  readonly subtotals: readonly TableRow[];
  readonly fold: TableFold;
}

function matchColumns(spec: TableSpec, header: RawRow | undefined) {
  const columns = new Map<string, TableColumn>();
  const duplicates: TableColumn[] = [];
  for (const cell of header?.cells ?? []) {
    const text = textOf(cell.value);
    if (text === undefined) continue;
    const name = normalizeName(text);
    const columnSpec = spec.columns.find((c) => c.names.some((n) => normalizeName(n) === name));
    if (columnSpec === undefined) continue;
    if (columns.has(columnSpec.key)) duplicates.push({ spec: columnSpec, header: cell });
    else columns.set(columnSpec.key, { spec: columnSpec, header: cell });
  }
  return { columns, duplicates };
}

/** The row's cells by column key, through `keyByColumn` (header column → key). */
function rowCells(row: RawRow, keyByColumn: ReadonlyMap<number, string>): ReadonlyMap<string, RawCell> {
  const cells = new Map<string, RawCell>();
  for (const cell of row.cells) {
    const key = keyByColumn.get(cell.column);
    if (key !== undefined) cells.set(key, cell);
  }
  return cells;
}

function allBlank(cells: ReadonlyMap<string, RawCell>): boolean {
  for (const cell of cells.values()) if (!isBlank(cell)) return false;
  return true;
}

/** A row of a grouped table that some check reports; see Table.rows. */
function needsAttention(parsed: ParsedRow): boolean {
  if (parsed.failures.length > 0 || parsed.blanks.length > 0 || parsed.row.hidden) return true;
  for (const cell of parsed.row.cells.values()) {
    if (cell.value.kind === 'merged') return true;
    if (cell.value.kind === 'text' && hasForbiddenXmlCharacters(cell.value.value)) return true;
  }
  return false;
}

export interface TableReader {
  /** The sheet's next row (rows come in order). */
  push(row: RawRow): void;
  finish(): Table;
}

/**
 * Reads a table sheet one row at a time, holding only what `Table` keeps: the header row is
 * the first row with anything in it.
 */
export function tableReader(sheet: RawSheet, spec: TableSpec): TableReader {
  let headerRow: RawRow | undefined;
  let columns = new Map<string, TableColumn>();
  let duplicates: TableColumn[] = [];
  let keyByColumn = new Map<number, string>();
  let folder = tableFolder(spec, columns);
  const rows: TableRow[] = [];
  const subtotals: TableRow[] = [];
  const keepAll = spec.groupBy === undefined;
  return {
    push(row) {
      if (firstFilledCell(row) === undefined) return;
      if (headerRow === undefined) {
        headerRow = row;
        ({ columns, duplicates } = matchColumns(spec, row));
        keyByColumn = new Map([...columns].map(([key, column]) => [column.header.column, key] as const));
        folder = tableFolder(spec, columns);
        return;
      }
      const tableRow = { row: row.row, hidden: row.hidden, cells: rowCells(row, keyByColumn) };
      // A row with something only outside the table's columns (a note far right) is not a table row.
      if (allBlank(tableRow.cells)) return;
      if (isSubtotalRow(row)) {
        subtotals.push(tableRow);
        folder.subtotal(tableRow);
        return;
      }
      const parsed = parseRow({ columns }, tableRow);
      folder.add(parsed);
      if (keepAll || needsAttention(parsed)) rows.push(tableRow);
    },
    finish() {
      const missingColumns = spec.columns.filter((c) => c.required && !columns.has(c.key));
      return { spec, sheet, headerRow, columns, missingColumns, duplicateHeaders: duplicates, rows, subtotals, fold: folder.result() };
    },
  };
}

/** Reads a table sheet whose rows are all at hand. */
export function readTable(sheet: RawSheet, spec: TableSpec): Table {
  const reader = tableReader(sheet, spec);
  for (const row of sheet.rows) reader.push(row);
  return reader.finish();
}

/** The table of `spec` in the workbook, or undefined when its sheet is missing. */
export function findTable(workbook: RawWorkbook, spec: TableSpec): Table | undefined {
  const sheet = findSheet(workbook, spec.names);
  return sheet === undefined ? undefined : readTable(sheet, spec);
}
