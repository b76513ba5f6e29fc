import { SETTING_NAMES } from '../read/read-settings';
import { reporter, type Check } from './check';
import { describeValue } from './describe';

export const unknownSetting: Check = {
  code: 'unknown-setting',
  severity: 'warning',
  run({ book }) {
    const report = reporter(this);
    const sheet = book.settingsSheet;
    if (sheet === undefined) return [];
    const known = Object.values(SETTING_NAMES).map((names) => names[0]).join(', ');
    return sheet.unknownKeys.map((cell) =>
      report(sheet.sheet.name, cell.address, `Oppsett har en nøkkel som ikke brukes: ${describeValue(cell.value)}.`,
        `Sjekk stavemåten. Nøklene som brukes er: ${known}.`));
  },
};
