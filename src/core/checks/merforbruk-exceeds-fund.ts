import { formatKroner } from '../money/format-money';
import { OPPSETT_NAMES } from '../read/sheet-specs';
import { reporter, type Check } from './check';
import { addressIn } from './table-rows';

export const merforbrukExceedsFund: Check = {
  code: 'merforbruk-exceeds-fund',
  severity: 'warning',
  run({ book, figures, model }) {
    if (figures.udekketMerforbruk <= 0n) return [];
    const fondTable = book.tables.fond;
    const fond = model.fond.find((f) => f.konto === model.settings.standardfond);
    const [sheet, cell] = fondTable !== undefined && fond !== undefined
      ? [fondTable.sheet.name, addressIn(fondTable, 'fond', fond.row)]
      : [book.settingsSheet?.sheet.name ?? OPPSETT_NAMES[0] ?? '', book.settingsSheet?.entries.get('standardfond')?.valueAddress];
    return [reporter(this)(sheet, cell,
      `Merforbruket er større enn det standardfondet kan dekke: ${formatKroner(figures.udekketMerforbruk)} kr blir stående udekket.`,
      'Det udekkede merforbruket må føres videre og dekkes inn i løpet av de to neste årene. Rapporten sier dette; vurder også bruk av andre fond.')];
  },
};
