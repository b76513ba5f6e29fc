import { OPPSETT_NAMES, TABLE_SPECS } from '../read/sheet-specs';
import { reporter, type Check } from './check';

const REQUIRED = [OPPSETT_NAMES, ...TABLE_SPECS.filter((s) => s.required).map((s) => s.names)];

export const missingSheet: Check = {
  code: 'missing-sheet',
  severity: 'error',
  run({ book }) {
    const report = reporter(this);
    const present = (names: readonly string[]) =>
      names === OPPSETT_NAMES ? book.settingsSheet !== undefined : TABLE_SPECS.some((s) => s.names === names && book.tables[s.key] !== undefined);
    return REQUIRED.filter((names) => !present(names)).map((names) =>
      report(names[0] ?? '', undefined, `Arket ${names[0]} mangler.`,
        `Legg til et ark som heter ${names.join(' eller ')} (stor eller liten bokstav spiller ingen rolle).`));
  },
};
