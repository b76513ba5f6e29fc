import { reporter, type Check } from './check';
import { addressIn } from './table-rows';

export const unknownAnsvar: Check = {
  code: 'unknown-ansvar',
  severity: 'error',
  run({ book, model }) {
    const report = reporter(this);
    const ledger = book.tables.regnskap;
    const ansvarSheet = book.tables.ansvar;
    if (ledger === undefined || ansvarSheet === undefined || ansvarSheet.missingColumns.length > 0) return [];
    const known = new Set(model.ansvar.map((a) => a.code));
    return model.ledger
      .filter((line) => !known.has(line.ansvar))
      .flatMap((line) => line.rows.map((row) => report(ledger.sheet.name, addressIn(ledger, 'ansvar', row),
        `Ansvar ${line.ansvar} finnes ikke på arket ${ansvarSheet.sheet.name}.`,
        `Legg ansvar ${line.ansvar} til på arket ${ansvarSheet.sheet.name} med navn, eller rett ansvarsnummeret på rad ${row}.`)));
  },
};
