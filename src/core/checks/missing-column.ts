import { columnName } from '../read/sheet-specs';
import { reporter, type Check } from './check';

export const missingColumn: Check = {
  code: 'missing-column',
  severity: 'error',
  run({ book }) {
    const report = reporter(this);
    return Object.values(book.tables).flatMap((table) => {
      const header = table.headerRow;
      const cell = header === undefined ? undefined : `A${header.row}`;
      return table.missingColumns.map((column) =>
        report(table.sheet.name, cell,
          header === undefined
            ? `Arket ${table.sheet.name} er tomt; kolonnen ${columnName(column)} mangler.`
            : `Arket ${table.sheet.name} mangler kolonnen ${columnName(column)} i overskriftsraden (rad ${header.row}).`,
          `Skriv en kolonneoverskrift med ett av navnene: ${column.names.join(', ')}. Overskriftsraden er den første raden som ikke er tom.`));
    });
  },
};
