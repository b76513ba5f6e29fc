import { columnName } from '../read/sheet-specs';
import { reporter, type Check } from './check';

export const missingColumn: Check = {
  code: 'missing-column',
  severity: 'error',
  run({ book }) {
    const report = reporter(this);
    return Object.values(book.tables).flatMap((table) => {
      const header = table.headerRow;
      if (header === undefined) {
        // an empty sheet is one finding, not one per column
        const needed = table.missingColumns.map(columnName).join(', ');
        return table.missingColumns.length === 0 ? [] : [report(table.sheet.name, undefined,
          `Arket ${table.sheet.name} er tomt; det trenger kolonnene ${needed}.`,
          `Skriv overskriftene (${needed}) i første rad og radene under, eller slett arket hvis det er valgfritt og ikke brukes.`)];
      }
      return table.missingColumns.map((column) =>
        report(table.sheet.name, `A${header.row}`,
          `Arket ${table.sheet.name} mangler kolonnen ${columnName(column)} i overskriftsraden (rad ${header.row}).`,
          `Skriv en kolonneoverskrift med ett av navnene: ${column.names.join(', ')}. Overskriftsraden er den første raden som ikke er tom.`));
    });
  },
};
