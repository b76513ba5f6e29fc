import { columnName } from '../read/sheet-specs';
import { reporter, type Check } from './check';

export const duplicateColumn: Check = {
  code: 'duplicate-column',
  severity: 'error',
  run({ book }) {
    const report = reporter(this);
    return Object.values(book.tables).flatMap((table) =>
      table.duplicateHeaders.map((dup) => {
        const first = table.columns.get(dup.spec.key)?.header.address ?? '';
        return report(table.sheet.name, dup.header.address,
          `Kolonnen ${columnName(dup.spec)} står to ganger på arket ${table.sheet.name} (også i ${first}).`,
          'Slett eller gi nytt navn til den ene kolonnen, så det er klart hvilken som skal brukes.');
      }));
  },
};
