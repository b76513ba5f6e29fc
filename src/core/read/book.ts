import type { RawWorkbook } from '../workbook/raw-workbook';
import { readSettings, type SettingsSheet } from './read-settings';
import { findTable, type Table } from './read-table';
import { TABLE_SPECS, type TableKey } from './sheet-specs';

/** The workbook located: its settings sheet and each contract table that exists. */
export interface Book {
  readonly raw: RawWorkbook;
  readonly settingsSheet: SettingsSheet | undefined;
  readonly tables: Readonly<Partial<Record<TableKey, Table>>>;
}

export function readBook(raw: RawWorkbook): Book {
  const tables: Partial<Record<TableKey, Table>> = {};
  for (const spec of TABLE_SPECS) {
    const table = findTable(raw, spec);
    if (table !== undefined) tables[spec.key] = table;
  }
  return { raw, settingsSheet: readSettings(raw), tables };
}
