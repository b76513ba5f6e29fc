import type { Finding } from '../findings/finding';
import type { Table } from '../read/read-table';
import { addressIn } from './table-rows';

/** Findings for rows whose code repeats one above it (the first row counts). */
export function duplicates(
  table: Table | undefined,
  key: string,
  rows: readonly { readonly code: string; readonly row: number }[],
  report: (sheet: string, cell: string | undefined, message: string, hint: string) => Finding,
  /** What the code is, a neuter noun ("Ansvar", "Fond"): "Hvert ansvar …". */
  what: string,
): readonly Finding[] {
  if (table === undefined) return [];
  const firstRow = new Map<string, number>();
  return rows.flatMap(({ code, row }) => {
    const first = firstRow.get(code);
    if (first === undefined) {
      firstRow.set(code, row);
      return [];
    }
    return [report(table.sheet.name, addressIn(table, key, row),
      `${what} ${code} står to ganger på arket ${table.sheet.name} (rad ${first} og rad ${row}).`,
      `Hvert ${what.toLowerCase()} skal stå på én rad. Slå sammen eller slett den ene raden.`)];
  });
}
