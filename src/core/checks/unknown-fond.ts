import { reporter, type Check } from './check';
import { addressIn } from './table-rows';

export const unknownFond: Check = {
  code: 'unknown-fond',
  severity: 'error',
  run({ book, model }) {
    const report = reporter(this);
    const fondSheet = book.tables.fond;
    if (fondSheet === undefined || fondSheet.missingColumns.length > 0) return [];
    const known = new Set(model.fond.map((f) => f.konto));
    const fondName = fondSheet.sheet.name;
    const hint = (fond: string) => `Legg fond ${fond} til på arket ${fondName}, eller rett kontonummeret.`;
    const ansvar = book.tables.ansvar;
    const fromAnsvar = ansvar === undefined ? [] : model.ansvar
      .filter((a) => a.fond !== undefined && !known.has(a.fond))
      .map((a) => report(ansvar.sheet.name, addressIn(ansvar, 'fond', a.row),
        `Fond ${a.fond} (for ansvar ${a.code}) finnes ikke på arket ${fondName}.`, hint(a.fond ?? '')));
    const vedtatte = book.tables.vedtatte;
    const fromVedtatte = vedtatte === undefined ? [] : model.vedtatte
      .filter((v) => !known.has(v.fond))
      .map((v) => report(vedtatte.sheet.name, addressIn(vedtatte, 'fond', v.row),
        `Fond ${v.fond} finnes ikke på arket ${fondName}.`, hint(v.fond)));
    const standard = model.settings.standardfond;
    const entry = book.settingsSheet?.entries.get('standardfond');
    const fromSettings = standard === undefined || known.has(standard) || book.settingsSheet === undefined ? [] : [
      report(book.settingsSheet.sheet.name, entry?.valueAddress,
        `Standardfond ${standard} finnes ikke på arket ${fondName}.`, hint(standard)),
    ];
    return [...fromAnsvar, ...fromVedtatte, ...fromSettings];
  },
};
