import { formatExact } from '../money/format-money';
import { sumOre } from '../money/ore';
import { parseRow } from '../read/parse-row';
import { reporter, type Check } from './check';

export const unbalancedBudget: Check = {
  code: 'unbalanced-budget',
  severity: 'error',
  run({ book }) {
    const ledger = book.tables.regnskap;
    const column = ledger?.columns.get('budsjett');
    if (ledger === undefined || column === undefined || ledger.missingColumns.length > 0) return [];
    // The column as written: also rows the model leaves out for another bad cell (reported
    // there). When a budget cell itself cannot be read, the sum is unknown: invalid-amount says so.
    const rows = ledger.rows.map((row) => parseRow(ledger, row));
    if (rows.some((p) => p.failures.some((f) => f.column.key === 'budsjett'))) return [];
    const total = sumOre(rows.map((p) => {
      const value = p.values.get('budsjett');
      return typeof value === 'bigint' ? value : 0n;
    }));
    if (total === 0n) return [];
    const amount = `${formatExact(total)} kr`;
    return [reporter(this)(ledger.sheet.name, column.header.address,
      `Regulert budsjett går ikke i balanse: summen av kolonnen er ${amount}, men skal være 0.`,
      'Et vedtatt budsjett balanserer: utgifter (positive) og inntekter (negative) skal til sammen bli 0. Sjekk at alle budsjettlinjer er med og har riktig fortegn.')];
  },
};
