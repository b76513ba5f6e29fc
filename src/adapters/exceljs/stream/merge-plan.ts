import type { RawCell, RawRow } from '../../../core/workbook/raw-workbook';
import { cellAddress, parseAddress } from '../../../core/workbook/address';

interface Range {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly master: string;
}

/** Applies merged ranges to rows as they are read, as exceljs and readSheet do. */
export interface MergePlan {
  /** The row's cells with every covered cell made `merged` (master holds a value) or left out. */
  apply(row: number, cells: readonly RawCell[]): RawCell[];
  /** Rows before `row` that the XML lacks but a merged range makes (in order, once). */
  rowsBefore(row: number): RawRow[];
}

function toRange(ref: string): Range | undefined {
  const [from, to] = ref.split(':').map(parseAddress);
  if (from === undefined || to === undefined) return undefined;
  const top = Math.min(from.row, to.row);
  const left = Math.min(from.column, to.column);
  return { top, left, bottom: Math.max(from.row, to.row), right: Math.max(from.column, to.column), master: cellAddress(left, top) };
}

export function mergePlan(refs: readonly string[]): MergePlan {
  const ranges = refs.map(toRange).filter((r): r is Range => r !== undefined && (r.bottom > r.top || r.right > r.left));
  const filled = new Set<string>();
  const covered = [...new Set(ranges.flatMap((r) => Array.from({ length: r.bottom - r.top + 1 }, (_, i) => r.top + i)))].sort((a, b) => a - b);
  const seen = new Set<number>();
  let next = 0;

  const coveredCells = (row: number): RawCell[] =>
    ranges.filter((r) => row >= r.top && row <= r.bottom && filled.has(r.master)).flatMap((r) =>
      Array.from({ length: r.right - r.left + 1 }, (_, i) => r.left + i)
        .filter((column) => row !== r.top || column !== r.left)
        .map((column) => ({ column, address: cellAddress(column, row), value: { kind: 'merged' as const, master: r.master } })));

  return {
    apply(row, cells) {
      seen.add(row);
      const inRow = ranges.filter((r) => row >= r.top && row <= r.bottom);
      if (inRow.length === 0) return [...cells];
      for (const r of inRow) if (row === r.top && cells.some((c) => c.column === r.left)) filled.add(r.master);
      const isCovered = (column: number) => inRow.some((r) => column >= r.left && column <= r.right && (row !== r.top || column !== r.left));
      return [...cells.filter((c) => !isCovered(c.column)), ...coveredCells(row)].sort((a, b) => a.column - b.column);
    },
    rowsBefore(row) {
      const rows: RawRow[] = [];
      while (next < covered.length && (covered[next] ?? Infinity) < row) {
        const number = covered[next] ?? 0;
        next++;
        if (seen.has(number)) continue;
        seen.add(number);
        const cells = coveredCells(number);
        if (cells.length > 0) rows.push({ row: number, hidden: false, cells });
      }
      return rows;
    },
  };
}
