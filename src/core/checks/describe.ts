import type { CellProblem } from '../read/parse-cell';
import type { CellValue } from '../workbook/raw-workbook';

/** What a cell holds, in words, for messages: «teksten "12 000,50"», «feilverdien #REF!». */
export function describeValue(value: CellValue): string {
  switch (value.kind) {
    case 'number':
      return `tallet ${String(value.value).replace('.', ',')}`;
    case 'text':
      return `teksten «${value.value.length > 40 ? `${value.value.slice(0, 40)}…` : value.value}»`;
    case 'boolean':
      return `sannhetsverdien ${value.value ? 'SANN' : 'USANN'}`;
    case 'date':
      return `datoen ${value.iso.slice(0, 10)}`;
    case 'error':
      return `feilverdien ${value.code}`;
    case 'no-cached-result':
      // The adapters deliver the formula with its "=" (exceljs: "=SUM(B2:B4)"); write one, not two.
      return `formelen =${value.formula.replace(/^=/, '')} uten lagret resultat`;
    case 'merged':
      return `en sammenslått celle (verdien står i ${value.master})`;
  }
}

/** How to fix a cell with this problem. */
export const FIX: Readonly<Record<CellProblem, string>> = {
  'number-as-text': 'Tallet er lagret som tekst. Skriv det inn på nytt som et tall (uten mellomrom og med komma som desimaltegn i norsk Excel), eller bruk «Konverter til tall».',
  text: 'Skriv et tall i cellen, eller la den stå tom hvis beløpet er 0.',
  error: 'Rett formelen eller verdien som gir feilen, slik at cellen viser et tall.',
  date: 'Cellen er formatert som dato. Sett tallformat på cellen og skriv beløpet på nytt.',
  boolean: 'Skriv et tall i cellen i stedet for SANN/USANN.',
  'no-cached-result': 'Filen har ikke lagret resultatet av formelen. Åpne arbeidsboken i Excel eller LibreOffice, la den regne ut, og lagre den på nytt.',
  'too-many-decimals': 'Beløp kan ha høyst to desimaler (øre). Rund av beløpet, for eksempel med AVRUND(…;2).',
  'not-finite': 'Skriv et vanlig tall i cellen.',
  'too-large': 'Beløpet er på 10 000 milliarder kroner eller mer, mer enn Excel kan holde på øret. Sjekk om et kontonummer eller en formel har havnet i beløpskolonnen.',
  'not-a-code': 'En kode skal bare inneholde sifre, for eksempel 1000.',
  'code-length': 'Sjekk at koden har riktig antall sifre.',
};
