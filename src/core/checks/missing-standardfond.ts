import { sumOre } from '../money/ore';
import { OPPSETT_NAMES } from '../read/sheet-specs';
import { reporter, type Check } from './check';

export const missingStandardfond: Check = {
  code: 'missing-standardfond',
  severity: 'error',
  run({ book, model, figures, settingProblems }) {
    // An unreadable Standardfond is reported by invalid-setting; once is enough.
    if (model.settings.standardfond !== undefined || settingProblems.some((p) => p.key === 'standardfond')) return [];
    const disposed = sumOre(figures.disposisjoner.map((d) => d.belop));
    const needed = figures.udisponert < 0n || disposed !== figures.udisponert;
    if (!needed) return [];
    const sheet = book.settingsSheet;
    const cell = sheet?.entries.get('standardfond')?.valueAddress;
    return [reporter(this)(sheet?.sheet.name ?? OPPSETT_NAMES[0] ?? '', cell,
      `Standardfond mangler, men årets resultat har ${figures.udisponert < 0n ? 'et merforbruk som må dekkes' : 'et beløp som ikke har noe fond'}.`,
      'Skriv «Standardfond» i kolonne A på arket Oppsett og balansekontoen til disposisjonsfondet i kolonne B, for eksempel 25699101.')];
  },
};
