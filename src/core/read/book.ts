import type { RawWorkbook } from '../workbook/raw-workbook';
import { findSheet } from './find-sheet';
import { readSettings, type SettingsSheet } from './read-settings';
import { findTable, tableReader, type Table } from './read-table';
import { TABLE_SPECS, type TableKey } from './sheet-specs';

export type Tables = Readonly<Partial<Record<TableKey, Table>>>;

/** The workbook located: its settings sheet and each contract table that exists. */
export interface Book {
  readonly raw: RawWorkbook;
  readonly settingsSheet: SettingsSheet | undefined;
  readonly tables: Tables;
}

/**
 * Locates the contract's sheets. `streamed` holds the tables already read from streamed sheets
 * (readStreamedTables); a streamed sheet without its table here is a bug.
 */
export function readBook(raw: RawWorkbook, streamed: Tables = {}): Book {
  const tables: Partial<Record<TableKey, Table>> = {};
  for (const spec of TABLE_SPECS) {
    const sheet = findSheet(raw, spec.names);
    const table = sheet?.stream === undefined ? findTable(raw, spec) : streamed[spec.key];
    if (sheet?.stream !== undefined && table === undefined) throw new Error(`sheet ${sheet.name} is streamed but was not read`);
    if (table !== undefined) tables[spec.key] = table;
  }
  return { raw, settingsSheet: readSettings(raw), tables };
}

/** Reads every streamed sheet of a contract table, row by row as the adapter delivers them. */
export async function readStreamedTables(raw: RawWorkbook): Promise<Tables> {
  const tables: Partial<Record<TableKey, Table>> = {};
  for (const spec of TABLE_SPECS) {
    const sheet = findSheet(raw, spec.names);
    if (sheet?.stream === undefined) continue;
    let reader = tableReader(sheet, spec);
    await sheet.stream({
      rows: (batch) => {
        for (const row of batch) reader.push(row);
      },
      restart: () => {
        reader = tableReader(sheet, spec);
      },
    });
    tables[spec.key] = reader.finish();
  }
  return tables;
}
