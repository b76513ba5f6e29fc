import { normalizeName, OPPSETT_NAMES, TABLE_SPECS } from '../read/sheet-specs';
import { reporter, type Check } from './check';

const CONTRACT_SHEETS: readonly (readonly string[])[] = [OPPSETT_NAMES, ...TABLE_SPECS.map((s) => s.names)];

/** Two sheets that both answer to one sheet of the contract ("Regnskap" and "Ledger"): only the first is read. */
export const duplicateSheet: Check = {
  code: 'duplicate-sheet',
  severity: 'error',
  run({ book }) {
    const report = reporter(this);
    return CONTRACT_SHEETS.flatMap((names) => {
      const wanted = new Set(names.map(normalizeName));
      const [first, ...others] = book.raw.sheets.filter((s) => wanted.has(normalizeName(s.name)));
      if (first === undefined) return [];
      return others.map((other) => report(other.name, undefined,
        `Arbeidsboken har flere ark for ${names[0]}: «${first.name}» og «${other.name}». Bare «${first.name}» leses.`,
        `Slett det arket som ikke skal brukes, eller gi det et annet navn enn ${names.join(' / ')}.`));
    });
  },
};
