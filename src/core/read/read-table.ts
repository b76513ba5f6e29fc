import type { RawCell, RawRow, RawSheet, RawWorkbook } from '../workbook/raw-workbook';
import { firstFilledCell, isBlank, isSubtotalRow, textOf } from './cell-text';
import { findSheet } from './find-sheet';
import { normalizeName, type ColumnSpec, type TableSpec } from './sheet-specs';

export interface TableColumn {
  readonly spec: ColumnSpec;
  readonly header: RawCell;
}

export interface TableRow {
  readonly row: number;
  readonly hidden: boolean;
  /** The row's cells by column key; a key without a cell means the cell is empty. */
  readonly cells: ReadonlyMap<string, RawCell>;
}

export interface Table {
  readonly spec: TableSpec;
  readonly sheet: RawSheet;
  readonly headerRow: RawRow | undefined;
  readonly columns: ReadonlyMap<string, TableColumn>;
  readonly missingColumns: readonly ColumnSpec[];
  /** Header cells that name a column already found further left. */
  readonly duplicateHeaders: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  readonly subtotals: readonly TableRow[];
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

function rowCells(row: RawRow, columns: ReadonlyMap<string, TableColumn>): ReadonlyMap<string, RawCell> {
  const byColumn = new Map(row.cells.map((cell) => [cell.column, cell] as const));
  const cells = new Map<string, RawCell>();
  for (const [key, column] of columns) {
    const cell = byColumn.get(column.header.column);
    if (cell !== undefined) cells.set(key, cell);
  }
  return cells;
}

/** Reads a table sheet: the header row is the first row with anything in it. */
export function readTable(sheet: RawSheet, spec: TableSpec): Table {
  const filled = sheet.rows.filter((row) => firstFilledCell(row) !== undefined);
  const headerRow = filled[0];
  const { columns, duplicates } = matchColumns(spec, headerRow);
  const rows: TableRow[] = [];
  const subtotals: TableRow[] = [];
  for (const row of filled.slice(1)) {
    const tableRow = { row: row.row, hidden: row.hidden, cells: rowCells(row, columns) };
    // A row with something only outside the table's columns (a note far right) is not a table row.
    if ([...tableRow.cells.values()].every(isBlank)) continue;
    (isSubtotalRow(row) ? subtotals : rows).push(tableRow);
  }
  const missingColumns = spec.columns.filter((c) => c.required && !columns.has(c.key));
  return { spec, sheet, headerRow, columns, missingColumns, duplicateHeaders: duplicates, rows, subtotals };
}

/** The table of `spec` in the workbook, or undefined when its sheet is missing. */
export function findTable(workbook: RawWorkbook, spec: TableSpec): Table | undefined {
  const sheet = findSheet(workbook, spec.names);
  return sheet === undefined ? undefined : readTable(sheet, spec);
}
