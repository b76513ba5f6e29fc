/** A whole number with its thousands grouped: 100 000 (a no-break space) in Norwegian, 100,000 in English. */
function grouped(n: number, separator: string): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, separator);
}

/** The task pane's own words: Norwegian bokmål, English when Office's display language is English. */
const NB = {
  title: 'Årsmelding',
  check: 'Kontroller',
  generate: 'Lag årsmelding',
  email: 'Lag e-post til styret',
  writeSheet: 'Skriv resultater til nytt ark',
  templateDefault: 'Standardmalen',
  templatePick: 'Velg en egen mal (.docx) …',
  reading: (sheet: string, rows: number, total: number) => `Leser ${sheet}: ${grouped(rows, '\u00a0')} av ${grouped(total, '\u00a0')} ${total === 1 ? 'rad' : 'rader'}`,
  checking: 'Kontrollerer …',
  building: 'Lager dokumentet …',
  errors: (n: number) => `${n} feil`,
  warnings: (n: number) => `${n} ${n === 1 ? 'advarsel' : 'advarsler'}`,
  noFindings: 'Ingen feil eller advarsler.',
  clickToGo: 'Klikk på et funn for å gå til cellen.',
  summary: 'Årets tall',
  result: 'Årets resultat',
  vedtatte: 'Vedtatte avsetninger',
  udisponert: 'Udisponert',
  dispositions: 'Disponering',
  uncovered: 'Udekket merforbruk (føres videre)',
  notComputed: 'Tallene vises når arbeidsboken ikke har feil.',
  saved: (name: string) => `Årsmeldingen er laget: ${name}.`,
  emailSaved: (name: string) => `E-postutkastet til styret er laget: ${name}. Åpne det i Outlook, se over og send.`,
  saveFallback: 'Hvis nedlastingen ikke startet, høyreklikk på lenken og velg «Lagre kobling som …», eller åpn tillegget i Excel på nettet.',
  saveLink: (name: string) => `Last ned ${name}`,
  templateErrors: 'Malen har feil; ingen rapport er laget.',
  workbookErrors: 'Arbeidsboken har feil; rett dem først.',
  sheetWritten: (name: string) => `Resultatene er skrevet til det nye arket «${name}». Ingen andre ark er endret.`,
  failed: (message: string) => `Noe gikk galt: ${message}`,
};

export type Strings = typeof NB;

const EN: Strings = {
  title: 'Annual report',
  check: 'Check',
  generate: 'Make annual report',
  email: 'Make e-mail to the board',
  writeSheet: 'Write results to a new sheet',
  templateDefault: 'The default template',
  templatePick: 'Choose your own template (.docx) …',
  reading: (sheet, rows, total) => `Reading ${sheet}: ${grouped(rows, ',')} of ${grouped(total, ',')} ${total === 1 ? 'row' : 'rows'}`,
  checking: 'Checking …',
  building: 'Building the document …',
  errors: (n) => `${n} ${n === 1 ? 'error' : 'errors'}`,
  warnings: (n) => `${n} ${n === 1 ? 'warning' : 'warnings'}`,
  noFindings: 'No errors or warnings.',
  clickToGo: 'Click a finding to go to its cell. (Messages are in Norwegian.)',
  summary: "The year's figures",
  result: "The year's result",
  vedtatte: 'Decided allocations',
  udisponert: 'Undisposed',
  dispositions: 'Disposition',
  uncovered: 'Uncovered overspend (carried forward)',
  notComputed: 'The figures are shown when the workbook has no errors.',
  saved: (name) => `The annual report is ready: ${name}.`,
  emailSaved: (name) => `The e-mail draft to the board is ready: ${name}. Open it in Outlook, check it and send it.`,
  saveFallback: 'If the download did not start, right-click the link and choose "Save link as …", or open the add-in in Excel on the web.',
  saveLink: (name) => `Download ${name}`,
  templateErrors: 'The template has errors; no report was made.',
  workbookErrors: 'The workbook has errors; fix them first.',
  sheetWritten: (name) => `The results were written to the new sheet "${name}". No other sheet was changed.`,
  failed: (message) => `Something went wrong: ${message}`,
};

export function stringsFor(displayLanguage: string | undefined): Strings {
  return displayLanguage?.toLowerCase().startsWith('en') ? EN : NB;
}
