/**
 * Catalogue, family "sheets and headers": required sheets missing or hidden, headers missing
 * or twice, empty sheets. Each case is a real .xlsx written here from row arrays and run through
 * `arsmelding check --json` and `arsmelding generate` (see runWorkbookCase): the exit status,
 * every finding with its severity, code and Sheet!A1, nothing written on errors, a valid
 * document otherwise, the workbook untouched.
 */
import { full, runWorkbookCase, withCell, type Sheets, type WorkbookCase } from './catalogue-helpers';

const without = (sheets: Sheets, name: string): Sheets => Object.fromEntries(Object.entries(sheets).filter(([n]) => n !== name));
const LEDGER_HEADER = ['Ansvar', 'Art', 'Funksjon', 'Regnskap', 'Regulert budsjett'];
/** The two kostra-065 warnings the contract's default funksjon 899 draws when Oppsett cannot set 880. */
const KOSTRA_899: FindingRow[] = [['warning', 'kostra-065', 'Oppsett'], ['warning', 'kostra-065', 'Oppsett']];
type FindingRow = WorkbookCase['findings'][number];

const cases: WorkbookCase[] = [
  {
    name: 'the valid workbook (the baseline every other case changes one thing of)',
    sheets: full(), exit: 0, findings: [],
  },
  {
    name: 'required sheet Regnskap missing',
    sheets: without(full(), 'Regnskap'), exit: 1,
    findings: [['error', 'missing-sheet', 'Regnskap']],
    message: /^Arket Regnskap mangler\.$/, hint: /Regnskap eller Ledger/,
  },
  {
    name: 'required sheet Oppsett missing (no Standardfond either, and the default funksjon 899)',
    sheets: without(full(), 'Oppsett'), exit: 1,
    findings: [['error', 'missing-sheet', 'Oppsett'], ['error', 'missing-standardfond', 'Oppsett'], ...KOSTRA_899],
    message: /^Arket Oppsett mangler\.$/,
  },
  {
    name: 'a workbook with only an unrelated sheet: all four required sheets missing',
    sheets: { Notater: [['Bare et notat']] }, exit: 1,
    findings: [['error', 'missing-sheet', 'Ansvar'], ['error', 'missing-sheet', 'Fond'], ['error', 'missing-sheet', 'Oppsett'], ['error', 'missing-sheet', 'Regnskap']],
  },
  {
    name: 'required sheet Fond hidden: read like a visible one, with a warning',
    sheets: full(), options: { hiddenSheets: { Fond: 'hidden' } }, exit: 0,
    findings: [['warning', 'hidden-content', 'Fond']],
    message: /^Arket Fond er skjult, men er lest og tatt med\.$/,
  },
  {
    name: 'required sheet Regnskap "very hidden" (only VBA can show it): read, with a warning',
    sheets: full(), options: { hiddenSheets: { Regnskap: 'veryHidden' } }, exit: 0,
    findings: [['warning', 'hidden-content', 'Regnskap']],
  },
  {
    name: 'sheet names in another case, with spaces and in English are found',
    sheets: Object.fromEntries(Object.entries(full()).map(([n, rows]) => [({ Oppsett: ' OPPSETT ', Regnskap: 'Ledger', Fond: 'funds' } as Record<string, string>)[n] ?? n, rows])),
    exit: 0, findings: [],
  },
  {
    name: 'a header twice (two columns called Regnskap)',
    sheets: withCell(full(), 'Regnskap', 1, 5, 'Regnskap'), exit: 1,
    findings: [['error', 'duplicate-column', 'Regnskap!F1']],
    message: /^Kolonnen Regnskap står to ganger på arket Regnskap \(også i D1\)\.$/,
  },
  {
    name: 'a header twice under two of its names (Regulert budsjett and its alias Budsjett)',
    sheets: withCell(full(), 'Regnskap', 1, 5, 'Budsjett'), exit: 1,
    findings: [['error', 'duplicate-column', 'Regnskap!F1']],
    message: /Kolonnen Regulert budsjett står to ganger/,
  },
  {
    name: 'a required header missing (Regulert budsjett blank, its numbers still there)',
    sheets: withCell(full(), 'Regnskap', 1, 4, null), exit: 1,
    findings: [['error', 'missing-column', 'Regnskap!A1']],
    message: /^Arket Regnskap mangler kolonnen Regulert budsjett i overskriftsraden \(rad 1\)\.$/,
    hint: /Regulert budsjett, Revidert budsjett, Rev\. budsjett, Budsjett, Budget/,
  },
  {
    name: 'a required header missing on Ansvar (Navn)',
    sheets: withCell(full(), 'Ansvar', 1, 1, null), exit: 1,
    findings: [['error', 'missing-column', 'Ansvar!A1']],
  },
  {
    name: 'the header row below two empty rows is still found',
    sheets: { ...full(), Regnskap: [[], [], ...full().Regnskap!] }, exit: 0, findings: [],
  },
  {
    name: 'empty sheet Ansvar (no rows at all)',
    sheets: { ...full(), Ansvar: [] }, exit: 1,
    findings: [['error', 'missing-column', 'Ansvar']],
    message: /^Arket Ansvar er tomt; det trenger kolonnene Ansvar, Navn\.$/,
  },
  {
    name: 'sheet Regnskap with its header row and no rows',
    sheets: { ...full(), Regnskap: [LEDGER_HEADER] }, exit: 1,
    findings: [
      ['warning', 'ansvar-without-ledger', 'Ansvar!A2'], ['warning', 'ansvar-without-ledger', 'Ansvar!A3'],
      ['error', 'empty-table', 'Regnskap'],
    ],
  },
  {
    name: 'empty sheet Oppsett',
    sheets: { ...full(), Oppsett: [] }, exit: 1,
    findings: [['error', 'invalid-setting', 'Oppsett'], ['error', 'invalid-setting', 'Oppsett'], ['error', 'missing-standardfond', 'Oppsett'], ...KOSTRA_899],
    message: /^Oppsett mangler nøkkelen Selskap\.$/,
  },
  {
    name: 'every required sheet present and empty',
    sheets: { Oppsett: [], Ansvar: [], Regnskap: [], Fond: [] }, exit: 1,
    findings: [
      ['error', 'invalid-setting', 'Oppsett'], ['error', 'invalid-setting', 'Oppsett'],
      ['error', 'missing-column', 'Ansvar'],
      ['error', 'missing-column', 'Regnskap'],
      ['error', 'missing-column', 'Fond'],
    ],
  },
  {
    // An optional sheet that is there but empty is an error, not silently "no decided
    // allocations": the accountant may have forgotten to paste them.
    name: 'empty optional sheet Vedtatte avsetninger',
    sheets: { ...full(), 'Vedtatte avsetninger': [] }, exit: 1,
    findings: [['error', 'missing-column', 'Vedtatte avsetninger']],
  },
  {
    name: 'empty sheet shown by {{tabell:Feide}}: no finding, the table says it is empty',
    sheets: { ...full(), Feide: [] }, exit: 0, findings: [],
  },
];

describe('catalogue: sheets and headers', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    await runWorkbookCase(c);
  });
});
