import { reporter, type Check } from './check';
import { addressIn } from './table-rows';

export const ansvarWithoutLedger: Check = {
  code: 'ansvar-without-ledger',
  severity: 'warning',
  run({ book, figures }) {
    const table = book.tables.ansvar;
    const ledger = book.tables.regnskap;
    if (table === undefined || ledger === undefined || ledger.missingColumns.length > 0) return [];
    const report = reporter(this);
    // A ledger row with the ansvar counts even when another of its cells is bad (reported there).
    const named = ledger.fold.codes.get('ansvar') ?? new Set<string>();
    return figures.ansvar
      .filter((a) => a.lines === 0 && !named.has(a.code))
      .map((a) => report(table.sheet.name, addressIn(table, 'ansvar', a.row),
        `Ansvar ${a.code} ${a.navn} har ingen rader på arket ${ledger.sheet.name}.`,
        'Sjekk om regnskapet for ansvaret mangler i arbeidsboken. Brukes ansvaret ikke lenger, kan raden slettes.'));
  },
};
