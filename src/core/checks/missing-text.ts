import { columnName } from '../read/sheet-specs';
import { reporter, type Check } from './check';
import { isBlank } from '../read/cell-text';
import { describeValue } from './describe';
import { addressIn, parsedTableRows } from './table-rows';

export const missingText: Check = {
  code: 'missing-text',
  severity: 'error',
  run({ book }) {
    const report = reporter(this);
    return parsedTableRows(book).flatMap(({ table, parsed }) =>
      parsed.blanks
        .filter((c) => c.kind === 'text')
        .map((c) => {
          const cell = parsed.row.cells.get(c.key);
          const what = cell === undefined || isBlank(cell)
            ? `${columnName(c)} mangler på rad ${parsed.row.row} på arket ${table.sheet.name}.`
            : `${columnName(c)} i ${cell.address} er ikke tekst: cellen inneholder ${describeValue(cell.value)}.`;
          return report(table.sheet.name, addressIn(table, c.key, parsed.row.row), what, `Skriv inn ${columnName(c).toLowerCase()} som tekst.`);
        }));
  },
};
