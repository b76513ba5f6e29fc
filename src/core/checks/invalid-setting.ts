import { textOf } from '../read/cell-text';
import { SETTING_NAMES, type SettingKey } from '../read/read-settings';
import { normalizeName } from '../read/sheet-specs';
import { reporter, type Check } from './check';
import { describeValue } from './describe';

const EXPECTED: Readonly<Record<SettingKey, string>> = {
  selskap: 'organisasjonens navn, for eksempel «IKT Indre Namdal IKS»',
  aar: 'regnskapsåret som et tall mellom 2000 og 2100, for eksempel 2017',
  rapporttittel: 'en tekst, for eksempel «Årsmelding 2017»',
  standardfond: 'balansekontoen til fondet som tar resten av resultatet, bare sifre, for eksempel 25699101',
  kontoAvsetning: 'en konto med bare sifre, for eksempel 15400',
  kontoDisponering: 'en konto med bare sifre, for eksempel 19314',
  kontoBrukAvFond: 'en konto med bare sifre, for eksempel 19400',
  kontoDekning: 'en konto med bare sifre, for eksempel 15300',
  ansvarDisponering: 'et ansvar med bare sifre, for eksempel 9909',
  funksjonDisponering: 'en funksjon med bare sifre, for eksempel 899',
  vesentligKr: 'et beløp i kroner (0 eller mer), for eksempel 100000',
  vesentligProsent: 'et tall mellom 0 og 100, for eksempel 10',
  artFraKonto: 'posisjon og lengde, for eksempel «2,3» (fra siffer 2, tre sifre)',
};

export const invalidSetting: Check = {
  code: 'invalid-setting',
  severity: 'error',
  run({ book, settingProblems }) {
    const report = reporter(this);
    const sheet = book.settingsSheet?.sheet.name;
    if (sheet === undefined) return []; // missing-sheet says it
    const problems = settingProblems.map((p) => {
      const name = SETTING_NAMES[p.key][0] ?? p.key;
      if (p.address === undefined) {
        return report(sheet, undefined, `Oppsett mangler nøkkelen ${name}.`,
          `Skriv «${name}» i kolonne A og ${EXPECTED[p.key]} i kolonne B.`);
      }
      const cell = book.settingsSheet?.entries.get(p.key)?.valueCell;
      const what = p.missing || cell === undefined ? `${name} er tom.` : `${name} har en ugyldig verdi: cellen inneholder ${describeValue(cell.value)}.`;
      return report(sheet, p.address, what, `Skriv ${EXPECTED[p.key]}.`);
    });
    const repeated = (book.settingsSheet?.repeatedKeys ?? []).map((cell) => {
      const typed = normalizeName(textOf(cell.value) ?? '');
      const key = (Object.keys(SETTING_NAMES) as SettingKey[]).find((k) => SETTING_NAMES[k].some((n) => normalizeName(n) === typed));
      const name = key === undefined ? typed : SETTING_NAMES[key][0] ?? key;
      const first = key === undefined ? undefined : book.settingsSheet?.entries.get(key)?.keyCell.address;
      return report(sheet, cell.address,
        `Nøkkelen ${name} i ${cell.address} står flere ganger på arket ${sheet}${first === undefined ? '' : ` (også i ${first})`}.`,
        'Slett den ene raden, så det er klart hvilken verdi som gjelder. Nå brukes den øverste.');
    });
    return [...problems, ...repeated];
  },
};
