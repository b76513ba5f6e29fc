import { firstFilledCell } from '../read/cell-text';
import { reporter, type Check } from './check';

const LISTED = 10;

/**
 * Hidden sheets and rows are read like visible ones: hiding is a matter of display, and the
 * accounts are the same whether a row is shown or not. The accountant is told what was hidden.
 */
export const hiddenContent: Check = {
  code: 'hidden-content',
  severity: 'warning',
  run({ book }) {
    const report = reporter(this);
    const sheets = [book.settingsSheet?.sheet, ...Object.values(book.tables).map((t) => t.sheet)];
    const hiddenSheets = sheets
      .filter((s) => s?.hidden === true)
      .map((s) => report(s?.name ?? '', undefined, `Arket ${s?.name} er skjult, men er lest og tatt med.`,
        'Vis arket (høyreklikk på en arkfane, Vis) og sjekk innholdet hvis det ikke skal være med.'));
    const settings = book.settingsSheet?.sheet;
    const read = [
      ...(settings === undefined ? [] : [{
        name: settings.name,
        rows: settings.rows.filter((r) => r.hidden && firstFilledCell(r) !== undefined).map((r) => r.row),
      }]),
      ...Object.values(book.tables).map((table) => ({ name: table.sheet.name, rows: table.rows.filter((r) => r.hidden).map((r) => r.row) })),
    ];
    const hiddenRows = read.flatMap(({ name, rows }) => {
      const first = rows[0];
      if (first === undefined) return [];
      const list = rows.slice(0, LISTED).join(', ') + (rows.length > LISTED ? ' …' : '');
      return [report(name, `A${first}`,
        `Arket ${name} har ${rows.length} skjult${rows.length === 1 ? '' : 'e'} rad${rows.length === 1 ? '' : 'er'} (${list}) som er tatt med i beregningen.`,
        'Vis radene og sjekk dem. Rader som ikke skal være med, må slettes; å skjule dem er ikke nok.')];
    });
    return [...hiddenSheets, ...hiddenRows];
  },
};
