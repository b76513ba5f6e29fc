import type { Ore } from '../money/ore';
import type { ParsedRow } from './parse-row';
import type { TableColumn, TableRow } from './table-row';
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
  /** Per amount column, in the order of `amountKeys`. */
  readonly sums: Ore[];
  readonly rows: number[];
}

/** Folds the data rows of a table whose header gave `columns`. */
export function tableFolder(spec: TableSpec, columns: ReadonlyMap<string, TableColumn>): TableFolder {
  const amountKeys = [...columns.values()].filter((c) => c.spec.kind === 'amount').map((c) => c.spec.key);
  const codeKeys = [...columns.values()].filter((c) => c.spec.kind === 'code').map((c) => c.spec.key);
  const groupKeys = spec.groupBy ?? [];
  const ungroupedCodeKeys = codeKeys.filter((key) => !groupKeys.includes(key));
  const codes = new Map(codeKeys.map((key) => [key, new Set<string>()] as const));
  // running sums per amount column, as an array: the hot loop of a million-row ledger
  const sums: Ore[] = amountKeys.map(() => 0n);
  const unreadable = new Set<string>();
  const subtotals: SubtotalFacts[] = [];
  const groups = new Map<string, MutableGroup>();
  // the sums at the previous summing row: the rows since it are the sums now less these
  let previous: readonly Ore[] = [...sums];
  let dataRows = 0;
  let sinceRows = 0;
  const byKey = (values: readonly Ore[]): Map<string, Ore> => new Map(amountKeys.map((key, i) => [key, values[i] ?? 0n] as const));

  const groupOf = (parsed: ParsedRow): MutableGroup => {
    let id = '';
    for (const key of groupKeys) id += `${parsed.values.get(key) ?? ''}|`;
    const found = groups.get(id);
    if (found !== undefined) return found;
    const groupCodes = new Map<string, string>();
    for (const key of groupKeys) {
      const value = parsed.values.get(key);
      if (typeof value === 'string') groupCodes.set(key, value);
    }
    const made = { codes: groupCodes, sums: amountKeys.map(() => 0n), rows: [] };
    groups.set(id, made);
    return made;
  };

  return {
    add(parsed) {
      dataRows++;
      sinceRows++;
      const usable = parsed.failures.length === 0 && parsed.blanks.length === 0;
      const group = groupKeys.length > 0 && usable ? groupOf(parsed) : undefined;
      // a grouped row's codes in the groupBy columns are its group's (collected in result)
      for (const key of group === undefined ? codeKeys : ungroupedCodeKeys) {
        const value = parsed.values.get(key);
        if (typeof value === 'string') codes.get(key)?.add(value);
      }
      for (let i = 0; i < amountKeys.length; i++) {
        const value = parsed.values.get(amountKeys[i] ?? '');
        if (typeof value !== 'bigint') continue;
        sums[i] = (sums[i] ?? 0n) + value;
        if (group !== undefined) group.sums[i] = (group.sums[i] ?? 0n) + value;
      }
      for (const failure of parsed.failures) if (failure.column.kind === 'amount') unreadable.add(failure.column.key);
      group?.rows.push(parsed.row.row);
    },
    subtotal(row) {
      const since = sums.map((sum, i) => sum - (previous[i] ?? 0n));
      subtotals.push({ row, since: byKey(since), above: byKey(sums), sinceRows, aboveRows: dataRows, unreadableAbove: new Set(unreadable) });
      previous = [...sums];
      sinceRows = 0;
    },
    result() {
      const folded = [...groups.values()];
      for (const group of folded) for (const [key, code] of group.codes) codes.get(key)?.add(code);
      return {
        dataRows,
        codes,
        sums: byKey(sums),
        unreadable,
        subtotals,
        groups: folded.map((g) => ({ codes: g.codes, sums: byKey(g.sums), rows: g.rows })),
      };
    },
  };
}
