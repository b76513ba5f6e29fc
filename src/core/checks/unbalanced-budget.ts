import { formatExact } from '../money/format-money';
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
    if (ledger.fold.unreadable.has('budsjett')) return [];
    const total = ledger.fold.sums.get('budsjett') ?? 0n;
    if (total === 0n) return [];
    const amount = `${formatExact(total)} kr`;
    return [reporter(this)(ledger.sheet.name, column.header.address,
      `Regulert budsjett går ikke i balanse: summen av kolonnen er ${amount}, men skal være 0.`,
      'Et vedtatt budsjett balanserer: utgifter (positive) og inntekter (negative) skal til sammen bli 0. Sjekk at alle budsjettlinjer er med og har riktig fortegn.')];
  },
};
