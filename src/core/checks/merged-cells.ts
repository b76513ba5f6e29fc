import { reporter, type Check } from './check';

/** A merged range in the data counts once, in its top-left cell; the accountant is told. */
export const mergedCells: Check = {
  code: 'merged-cells',
  severity: 'warning',
  run({ book }) {
    const report = reporter(this);
    return Object.values(book.tables).flatMap((table) => {
      const covered = new Map<string, string[]>();
      for (const row of table.rows) {
        for (const cell of row.cells.values()) {
          if (cell.value.kind !== 'merged') continue;
          covered.set(cell.value.master, [...(covered.get(cell.value.master) ?? []), cell.address]);
        }
      }
      return [...covered].map(([master, cells]) =>
        report(table.sheet.name, master,
          `Cellen ${master} er slått sammen med ${cells.join(', ')}. Verdien telles én gang, på raden til ${master}; de andre cellene regnes som tomme.`,
          'Opphev sammenslåingen (Start, Slå sammen og midtstill) og skriv verdien i hver rad der den gjelder.'));
    });
  },
};
