import type { Ore } from '../money/ore';
import type { ParsedRow } from './parse-row';
import type { TableColumn, TableRow } from './read-table';
import type { TableSpec } from './sheet-specs';

/** What a summing row ("Sum …") is compared with: the amount columns' sums when it was read. */
export interface SubtotalFacts {
  readonly row: TableRow;
  /** Per amount column: the rows since the previous summing row, and all rows above. */
  readonly since: ReadonlyMap<string, Ore>;
  readonly above: ReadonlyMap<string, Ore>;
  readonly sinceRows: number;
  readonly aboveRows: number;
  /** Amount columns with a cell above that could not be read: their sums are unknown. */
  readonly unreadableAbove: ReadonlySet<string>;
}

/** Usable rows with the same codes in the spec's `groupBy` columns, summed. */
export interface RowGroup {
  /** The codes by column key; an empty optional code cell is absent. */
  readonly codes: ReadonlyMap<string, string>;
  /** Per amount column. */
  readonly sums: ReadonlyMap<string, Ore>;
  /** The sheet rows summed here, in reading order. */
  readonly rows: readonly number[];
}

/**
 * A table's rows reduced, one row at a time, to what the checks and the model need of all of
 * them: so a ledger of a million rows is never held as a million rows.
 */
export interface TableFold {
  /** Data rows (not the header, not summing rows). */
  readonly dataRows: number;
  /** Per code column: every code read from it, in any data row. */
  readonly codes: ReadonlyMap<string, ReadonlySet<string>>;
  /** Per amount column: the sum of every cell that could be read, in any data row. */
  readonly sums: ReadonlyMap<string, Ore>;
  /** Amount columns with at least one cell that could not be read. */
  readonly unreadable: ReadonlySet<string>;
  readonly subtotals: readonly SubtotalFacts[];
  /** The usable rows grouped by `groupBy`, in order of first appearance; empty without `groupBy`. */
  readonly groups: readonly RowGroup[];
}

export interface TableFolder {
  add(parsed: ParsedRow): void;
  subtotal(row: TableRow): void;
  result(): TableFold;
}

interface MutableGroup {
  readonly codes: ReadonlyMap<string, string>;
  readonly sums: Map<string, Ore>;
  readonly rows: number[];
}

function addTo(sums: Map<string, Ore>, key: string, value: Ore): void {
  sums.set(key, (sums.get(key) ?? 0n) + value);
}

/** Folds the data rows of a table whose header gave `columns`. */
export function tableFolder(spec: TableSpec, columns: ReadonlyMap<string, TableColumn>): TableFolder {
  const amountKeys = [...columns.values()].filter((c) => c.spec.kind === 'amount').map((c) => c.spec.key);
  const codeKeys = [...columns.values()].filter((c) => c.spec.kind === 'code').map((c) => c.spec.key);
  const groupKeys = spec.groupBy ?? [];
  const codes = new Map(codeKeys.map((key) => [key, new Set<string>()] as const));
  const sums = new Map(amountKeys.map((key) => [key, 0n] as const));
  const unreadable = new Set<string>();
  const subtotals: SubtotalFacts[] = [];
  const groups = new Map<string, MutableGroup>();
  // the sums at the previous summing row: the rows since it are the sums now less these
  let previous: ReadonlyMap<string, Ore> = new Map(sums);
  let dataRows = 0;
  let sinceRows = 0;

  const group = (parsed: ParsedRow): void => {
    const values = groupKeys.map((key) => parsed.values.get(key));
    const id = values.join('|');
    let found = groups.get(id);
    if (found === undefined) {
      const groupCodes = new Map<string, string>();
      groupKeys.forEach((key, i) => {
        const value = values[i];
        if (typeof value === 'string') groupCodes.set(key, value);
      });
      found = { codes: groupCodes, sums: new Map(amountKeys.map((key) => [key, 0n] as const)), rows: [] };
      groups.set(id, found);
    }
    for (const key of amountKeys) {
      const value = parsed.values.get(key);
      if (typeof value === 'bigint') addTo(found.sums, key, value);
    }
    found.rows.push(parsed.row.row);
  };

  return {
    add(parsed) {
      dataRows++;
      sinceRows++;
      for (const key of codeKeys) {
        const value = parsed.values.get(key);
        if (typeof value === 'string') codes.get(key)?.add(value);
      }
      for (const key of amountKeys) {
        const value = parsed.values.get(key);
        if (typeof value === 'bigint') addTo(sums, key, value);
      }
      for (const failure of parsed.failures) if (failure.column.kind === 'amount') unreadable.add(failure.column.key);
      if (groupKeys.length > 0 && parsed.failures.length === 0 && parsed.blanks.length === 0) group(parsed);
    },
    subtotal(row) {
      const above = new Map(sums);
      const since = new Map(amountKeys.map((key) => [key, (above.get(key) ?? 0n) - (previous.get(key) ?? 0n)] as const));
      subtotals.push({ row, since, above, sinceRows, aboveRows: dataRows, unreadableAbove: new Set(unreadable) });
      previous = above;
      sinceRows = 0;
    },
    result: () => ({ dataRows, codes, sums, unreadable, subtotals, groups: [...groups.values()] }),
  };
}
