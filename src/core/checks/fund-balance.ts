import { computedUb } from '../calc/fund-table';
import { formatExact } from '../money/format-money';
import { reporter, type Check } from './check';
import { addressIn } from './table-rows';

export const fundBalance: Check = {
  code: 'fund-balance',
  severity: 'error',
  run({ book, model }) {
    const table = book.tables.fond;
    if (table === undefined) return [];
    const report = reporter(this);
    return model.fond
      .filter((f) => f.ub !== undefined && f.ub !== computedUb(f))
      .map((f) => report(table.sheet.name, addressIn(table, 'ub', f.row),
        `Utgående balanse for fond ${f.konto} er ${formatExact(f.ub ?? 0n)}, men inngående balanse + avsetning − bruk er ${formatExact(computedUb(f))}.`,
        'Rett utgående balanse, eller avsetning og bruk i året, slik at IB + avsetning − bruk = UB.'));
  },
};
