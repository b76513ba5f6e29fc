import { columnName } from '../read/sheet-specs';
import { reporter, type Check } from './check';
import { describeValue, FIX } from './describe';
import { addressIn, parsedTableRows } from './table-rows';

export const invalidCode: Check = {
  code: 'invalid-code',
  severity: 'error',
  run({ book }) {
    const report = reporter(this);
    return parsedTableRows(book).flatMap(({ table, parsed }) => [
      ...parsed.failures
        .filter((f) => f.column.kind === 'code')
        .map((f) => {
          const [min, max] = f.column.digits ?? [1, 0];
          const length = min === max ? `${min} sifre` : `${min}–${max} sifre`;
          return report(table.sheet.name, f.cell.address,
            `${columnName(f.column)} i ${f.cell.address} er ikke en gyldig kode: cellen inneholder ${describeValue(f.cell.value)}.`,
            f.problem === 'code-length' ? `${columnName(f.column)} skal ha ${length}.` : FIX[f.problem]);
        }),
      ...parsed.blanks
        .filter((c) => c.kind === 'code')
        .map((c) => report(table.sheet.name, addressIn(table, c.key, parsed.row.row),
          `${columnName(c)} mangler på rad ${parsed.row.row} på arket ${table.sheet.name}.`,
          `Fyll inn ${columnName(c).toLowerCase()} eller slett raden.`)),
    ]);
  },
};
