import { formatExact } from '../money/format-money';
import { parseAmount } from '../read/parse-cell';
import type { Table } from '../read/read-table';
import type { Finding } from '../findings/finding';
import { reporter, type Check } from './check';

/**
 * A subtotal row ("Sum …", "Total …") is a control: each amount it shows must equal either the
 * rows since the previous subtotal row (a subtotal) or all rows above it (a grand total).
 */
function checkTable(table: Table, report: ReturnType<typeof reporter>): readonly Finding[] {
  const findings: Finding[] = [];
  for (const facts of table.fold.subtotals) {
    for (const [key, above] of facts.above) {
      const cell = facts.row.cells.get(key);
      const shown = parseAmount(cell);
      if (cell === undefined || !shown.ok) continue;
      // A row above with an unreadable amount in this column is reported by invalid-amount; the
      // sum cannot be known, so it is not compared (no knock-on error).
      if (facts.unreadableAbove.has(key)) continue;
      const since = facts.since.get(key) ?? 0n;
      if (shown.value === since || shown.value === above) continue;
      const name = table.columns.get(key)?.spec.names[0] ?? key;
      // Right after another summing row (a grand total) only the sum of all rows above means anything.
      const rowsGive = facts.sinceRows === 0 || facts.sinceRows === facts.aboveRows
        ? `radene over gir ${formatExact(above)}`
        : `radene siden forrige summeringsrad gir ${formatExact(since)}, og alle radene over gir ${formatExact(above)}`;
      findings.push(report(table.sheet.name, cell.address,
        `Summeringsraden viser ${formatExact(shown.value)} i ${name}, men ${rowsGive}.`,
        'Rett summen eller radene over den. Summeringsrader («Sum …», «Total …») tas ikke med i beregningen, men de må stemme.'));
    }
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
