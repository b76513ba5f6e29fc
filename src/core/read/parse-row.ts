import type { Ore } from '../money/ore';
import type { RawCell } from '../workbook/raw-workbook';
import { parseAmount, parseCode, parseText, type CellProblem } from './parse-cell';
import type { TableColumn, TableRow } from './table-row';
import type { ColumnSpec } from './sheet-specs';

export type RowValue = string | Ore | undefined;

export interface CellFailure {
  readonly column: ColumnSpec;
  readonly cell: RawCell;
  readonly problem: CellProblem;
}

export interface ParsedRow {
  readonly row: TableRow;
  readonly values: ReadonlyMap<string, RowValue>;
  /** Cells that hold something unusable. */
  readonly failures: readonly CellFailure[];
  /** Required columns whose cell is empty. */
  readonly blanks: readonly ColumnSpec[];
}

function parseValue(spec: ColumnSpec, cell: RawCell | undefined) {
  switch (spec.kind) {
    case 'amount':
      return parseAmount(cell);
    case 'code': {
      const code = parseCode(cell, spec.minDigits);
      const [min, max] = spec.digits ?? [1, Infinity];
      if (code.ok && code.value !== undefined && (code.value.length < min || code.value.length > max)) {
        return { ok: false as const, problem: 'code-length' as const };
      }
      return code;
    }
    case 'text':
    case 'any':
      return { ok: true as const, value: parseText(cell) };
  }
}

const NONE: readonly never[] = [];

/** Reads every known column of one table row by its kind; nothing is thrown, nothing guessed. */
export function parseRow(table: { readonly columns: ReadonlyMap<string, TableColumn> }, row: TableRow): ParsedRow {
  const values = new Map<string, RowValue>();
  let failures: CellFailure[] | undefined;
  let blanks: ColumnSpec[] | undefined;
  for (const [key, column] of table.columns) {
    const cell = row.cells.get(key);
    const parsed = parseValue(column.spec, cell);
    if (!parsed.ok) {
      if (cell !== undefined) (failures ??= []).push({ column: column.spec, cell, problem: parsed.problem });
      continue;
    }
    values.set(key, parsed.value);
    if (column.spec.required && column.spec.kind !== 'amount' && parsed.value === undefined) (blanks ??= []).push(column.spec);
  }
  return { row, values, failures: failures ?? NONE, blanks: blanks ?? NONE };
}

/** Rows of a table that can be used: every cell read, no required cell empty. */
export function usableRows(
  table: { readonly columns: ReadonlyMap<string, TableColumn>; readonly missingColumns: readonly ColumnSpec[]; readonly rows: readonly TableRow[] } | undefined,
): readonly ParsedRow[] {
  if (table === undefined || table.missingColumns.length > 0) return [];
  return table.rows.map((row) => parseRow(table, row)).filter((p) => p.failures.length === 0 && p.blanks.length === 0);
}
