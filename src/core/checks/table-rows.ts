import type { Book } from '../read/book';
import { parseRow, type ParsedRow } from '../read/parse-row';
import type { Table } from '../read/read-table';

/** Every data row of every contract table that has its columns, parsed. */
export function parsedTableRows(book: Book): readonly { readonly table: Table; readonly parsed: ParsedRow }[] {
  return Object.values(book.tables).flatMap((table) =>
    table.missingColumns.length > 0 ? [] : table.rows.map((row) => ({ table, parsed: parseRow(table, row) })),
  );
}

/** The address of a column's cell in a row (the cell may be empty). */
export function addressIn(table: Table, key: string, row: number): string | undefined {
  const column = table.columns.get(key);
  return column === undefined ? undefined : column.header.address.replace(/\d+$/, String(row));
}
