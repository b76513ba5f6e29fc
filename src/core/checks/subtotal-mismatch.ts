import { formatExact } from '../money/format-money';
import { parseAmount } from '../read/parse-cell';
import { parseRow } from '../read/parse-row';
import type { Table } from '../read/read-table';
import type { Finding } from '../findings/finding';
import { reporter, type Check } from './check';

/**
 * A subtotal row ("Sum …", "Total …") is a control: each amount it shows must equal either the
 * rows since the previous subtotal row (a subtotal) or all rows above it (a grand total).
 */
function checkTable(table: Table, report: ReturnType<typeof reporter>): readonly Finding[] {
  const amountKeys = [...table.columns.values()].filter((c) => c.spec.kind === 'amount').map((c) => c.spec.key);
  const parsed = table.rows.map((row) => parseRow(table, row));
  const findings: Finding[] = [];
  let previous = 0;
  for (const subtotal of table.subtotals) {
    const above = parsed.filter((p) => p.row.row < subtotal.row);
    const since = above.filter((p) => p.row.row > previous);
    for (const key of amountKeys) {
      const cell = subtotal.cells.get(key);
      const shown = parseAmount(cell);
      if (cell === undefined || !shown.ok) continue;
      // A row above with an unreadable amount in this column is reported by invalid-amount; the
      // sum cannot be known, so it is not compared (no knock-on error).
      if (above.some((p) => p.failures.some((f) => f.column.key === key))) continue;
      const sum = (rows: typeof above) => rows.reduce((t, p) => t + ((p.values.get(key) as bigint | undefined) ?? 0n), 0n);
      if (shown.value === sum(since) || shown.value === sum(above)) continue;
      const name = table.columns.get(key)?.spec.names[0] ?? key;
      // Right after another summing row (a grand total) only the sum of all rows above means anything.
      const rowsGive = since.length === 0 || since.length === above.length
        ? `radene over gir ${formatExact(sum(above))}`
        : `radene siden forrige summeringsrad gir ${formatExact(sum(since))}, og alle radene over gir ${formatExact(sum(above))}`;
      findings.push(report(table.sheet.name, cell.address,
        `Summeringsraden viser ${formatExact(shown.value)} i ${name}, men ${rowsGive}.`,
        'Rett summen eller radene over den. Summeringsrader («Sum …», «Total …») tas ikke med i beregningen, men de må stemme.'));
    }
    previous = subtotal.row;
  }
  return findings;
}

export const subtotalMismatch: Check = {
  code: 'subtotal-mismatch',
  severity: 'error',
  run({ book }) {
    const report = reporter(this);
    return Object.values(book.tables).flatMap((table) => (table.missingColumns.length > 0 ? [] : checkTable(table, report)));
  },
};
