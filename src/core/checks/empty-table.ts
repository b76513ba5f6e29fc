import { reporter, type Check } from './check';

export const emptyTable: Check = {
  code: 'empty-table',
  severity: 'error',
  run({ book }) {
    const report = reporter(this);
    return [book.tables.ansvar, book.tables.regnskap]
      .filter((t) => t !== undefined && t.headerRow !== undefined && t.missingColumns.length === 0 && t.fold.dataRows === 0)
      .map((t) => report(t?.sheet.name ?? '', undefined, `Arket ${t?.sheet.name} har overskrifter, men ingen rader.`,
        'Lim inn radene under overskriftsraden.'));
  },
};
