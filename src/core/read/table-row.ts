import type { RawCell } from '../workbook/raw-workbook';
import type { ColumnSpec } from './sheet-specs';

/** A column of a table: its spec and the header cell that named it. */
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
