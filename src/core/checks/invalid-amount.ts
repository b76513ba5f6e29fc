import { columnName } from '../read/sheet-specs';
import { reporter, type Check } from './check';
import { describeValue, FIX } from './describe';
import { parsedTableRows } from './table-rows';

export const invalidAmount: Check = {
  code: 'invalid-amount',
  severity: 'error',
  run({ book }) {
    const report = reporter(this);
    return parsedTableRows(book).flatMap(({ table, parsed }) =>
      parsed.failures
        .filter((f) => f.column.kind === 'amount')
        .map((f) => report(table.sheet.name, f.cell.address,
          `${columnName(f.column)} i ${f.cell.address} er ikke et beløp: cellen inneholder ${describeValue(f.cell.value)}.`,
          FIX[f.problem])));
  },
};
