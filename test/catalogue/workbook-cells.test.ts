/**
 * Catalogue, family "cells": what an amount or code cell may hold that is not an amount or a
 * code. Each case changes one cell (or one property) of the valid workbook `full()`, writes a
 * real .xlsx and runs it through `check --json` and `generate` (runWorkbookCase): exit status,
 * every finding with its Sheet!A1, nothing written on errors, a valid document otherwise, the
 * workbook untouched. Regnskap!D2 is the ledger's first Regnskap amount (50 000,50).
 */
import { full, runWorkbookCase, withCell, type WorkbookCase } from './catalogue-helpers';
import type { XlsxCell } from '../helpers/write-xlsx';

const D2 = (value: XlsxCell) => withCell(full(), 'Regnskap', 2, 3, value);
const invalidD2 = (name: string, value: XlsxCell, message: RegExp, hint: RegExp): WorkbookCase =>
  ({ name, sheets: D2(value), exit: 1, findings: [['error', 'invalid-amount', 'Regnskap!D2']], message, hint });

const NUMBER_AS_TEXT = /^Tallet er lagret som tekst\./;
const TWO_DECIMALS = /^Beløp kan ha høyst to desimaler \(øre\)\./;
const TOO_LARGE = /^Beløpet er på 10 000 milliarder kroner eller mer/;
const ERROR_VALUES = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!'];
const LEDGER_HEADER = ['Ansvar', 'Art', 'Funksjon', 'Regnskap', 'Regulert budsjett'];

const cases: WorkbookCase[] = [
  invalidD2('a formula without a cached result', { formula: 'SUM(D3:D4)' } as XlsxCell,
    /^Regnskap i D2 er ikke et beløp: cellen inneholder formelen =SUM\(D3:D4\) uten lagret resultat\.$/, /la den regne ut, og lagre den på nytt/),
  invalidD2('a formula whose cached result is an error', { formula: '1/0', result: { error: '#DIV/0!' } } as XlsxCell,
    /cellen inneholder feilverdien #DIV\/0!\.$/, /^Rett formelen eller verdien/),
  ...ERROR_VALUES.map((code) => invalidD2(`the error value ${code}`, { error: code } as XlsxCell,
    new RegExp(`^Regnskap i D2 er ikke et beløp: cellen inneholder feilverdien ${code.replace(/[?/]/g, '\\$&')}\\.$`), /^Rett formelen eller verdien/)),
  {
    name: 'an error value in a code cell (Ansvar!A2 #REF!): the ledger rows of that ansvar become unknown',
    sheets: withCell(full(), 'Ansvar', 2, 0, { error: '#REF!' }), exit: 1,
    findings: [['error', 'invalid-code', 'Ansvar!A2'], ['error', 'unknown-ansvar', 'Regnskap!A2'], ['error', 'unknown-ansvar', 'Regnskap!A3']],
    message: /^Ansvar i A2 er ikke en gyldig kode: cellen inneholder feilverdien #REF!\.$/,
  },
  invalidD2('a number stored as text with a space between thousands', '50 000,50', /cellen inneholder teksten «50 000,50»\.$/, NUMBER_AS_TEXT),
  invalidD2('a number stored as text with a no-break space', '50\u00a0000,50', /cellen inneholder teksten «50\u00a0000,50»\.$/, NUMBER_AS_TEXT),
  invalidD2('a number stored as text with a narrow no-break space', '50\u202f000', /teksten «50\u202f000»/, NUMBER_AS_TEXT),
  invalidD2('a number stored as text with U+2212 MINUS SIGN', '\u221250000', /teksten «\u221250000»/, NUMBER_AS_TEXT),
  invalidD2('a number stored as text with a decimal comma', '50000,5', /teksten «50000,5»/, NUMBER_AS_TEXT),
  invalidD2('a number stored as text with a decimal point', '50000.50', /teksten «50000.50»/, NUMBER_AS_TEXT),
  invalidD2('a number stored as text with a plus sign', '+50000', /teksten «\+50000»/, NUMBER_AS_TEXT),
  invalidD2('plain text', 'se vedlegg', /teksten «se vedlegg»/, /^Skriv et tall i cellen/),
  invalidD2('three decimals', 50000.505, /cellen inneholder tallet 50000,505\.$/, TWO_DECIMALS),
  invalidD2('a tenth of an øre', 0.001, /tallet 0,001\.$/, TWO_DECIMALS),
  {
    name: 'binary noise from a sum (0.1 + 0.2 = 0.30000000000000004) is accepted as 0,30',
    sheets: D2(0.1 + 0.2), exit: 0, findings: [],
  },
  invalidD2('an amount of 10 000 milliarder kroner (more than Excel holds to the øre)', 1e13, /tallet 10000000000000\.$/, TOO_LARGE),
  invalidD2('an amount of 1e300', 1e300, /tallet 1e\+300\.$/, TOO_LARGE),
  invalidD2('the largest number a double holds', Number.MAX_VALUE, /tallet 1,7976931348623157e\+308\.$/, TOO_LARGE),
  {
    name: 'the largest amount held to the øre (9 999 999 999 999,99) is accepted',
    sheets: D2(9999999999999.99), exit: 0,
    findings: [['warning', 'material-deviation-unexplained', 'Ansvar!D2'], ['warning', 'merforbruk-exceeds-fund', 'Fond!A2']],
  },
  invalidD2('a date', new Date(Date.UTC(2024, 0, 1)), /cellen inneholder datoen 2024-01-01\.$/, /formatert som dato/),
  invalidD2('TRUE', true, /cellen inneholder sannhetsverdien SANN\.$/, /SANN\/USANN/),
  invalidD2('FALSE', false, /sannhetsverdien USANN\.$/, /SANN\/USANN/),
  {
    name: 'a formula with its cached number is read as that number',
    sheets: D2({ formula: '50000+0.5', result: 50000.5 } as XlsxCell), exit: 0, findings: [],
  },
  {
    name: 'a formula whose cached result is 0 is 0, not "no cached result"',
    sheets: D2({ formula: 'D3-D3', result: 0 } as XlsxCell), exit: 0, findings: [],
    summary: { ansvar: [{ ansvar: '1000', regnskap: -60000 }, { ansvar: '1100' }] },
  },
  {
    name: 'merged amount cells (Regnskap D2:D3): counted once, with a warning',
    sheets: full(), options: { merges: { Regnskap: ['D2:D3'] } }, exit: 0,
    findings: [['warning', 'merged-cells', 'Regnskap!D2']],
    message: /^Cellen D2 er slått sammen med D3\. Verdien telles én gang/,
  },
  {
    name: 'merged budget cells (Regnskap E2:E3): counted once, so the budget no longer balances',
    sheets: full(), options: { merges: { Regnskap: ['E2:E3'] } }, exit: 1,
    findings: [['error', 'unbalanced-budget', 'Regnskap!E1'], ['warning', 'merged-cells', 'Regnskap!E2']],
  },
  {
    name: 'merged code cells (Regnskap A2:A3): the second row has no ansvar',
    sheets: full(), options: { merges: { Regnskap: ['A2:A3'] } }, exit: 1,
    findings: [['warning', 'merged-cells', 'Regnskap!A2'], ['error', 'invalid-code', 'Regnskap!A3']],
  },
  {
    name: 'a hidden ledger row is counted, with a warning naming it',
    sheets: full(), options: { hiddenRows: { Regnskap: [3] } }, exit: 0,
    findings: [['warning', 'hidden-content', 'Regnskap!A3']],
    message: /^Arket Regnskap har 1 skjult rad \(3\) som er tatt med i beregningen\.$/,
  },
  {
    name: 'a hidden Oppsett row is read, with a warning',
    sheets: full(), options: { hiddenRows: { Oppsett: [2] } }, exit: 0,
    findings: [['warning', 'hidden-content', 'Oppsett!A2']],
  },
  {
    name: 'every budget and every amount 0: percent shows "–", never NaN or Infinity',
    sheets: {
      ...full(),
      Regnskap: [LEDGER_HEADER, [1000, 10100, 120, 0, 0], [1100, 11200, 120, 0, 0]],
      Fond: [['Fond', 'Navn', 'Inngående balanse', 'Avsetning', 'Bruk', 'Utgående balanse'], [25690001, 'Disposisjonsfond', 0, 0, 0, 0], [25690002, 'Fond drift', 0, 0, 0, 0]],
      'Vedtatte avsetninger': [['Fond', 'Beløp', 'Vedtak']],
      Refusjon: [['Kommune', 'Beløp'], ['Grong', 0]],
    },
    exit: 0, findings: [],
    summary: {
      resultat: 0, resultatTekst: 'balanse', udisponert: 0, disponering: [],
      ansvar: [{ avvik: 0, avvikProsent: '–' }, { avvik: 0, avvikProsent: '–' }],
    },
  },
  {
    name: 'zero expense budget with spending: a warning, percent "–"',
    sheets: { ...full(), Regnskap: [LEDGER_HEADER, [1000, 10100, 120, 5000, 0], [1100, 17500, 120, -5000, 0]] }, exit: 0,
    findings: [['warning', 'spending-without-budget', 'Ansvar!A2']],
    summary: { ansvar: [{ ansvar: '1000', regnskap: 5000, avvik: -5000, avvikProsent: '–' }, { ansvar: '1100', avvikProsent: '–' }] },
  },
  {
    name: '1 MB of text in a Forklaring is accepted and printed',
    // Administrasjon's deviation is made material (merforbruk 100 000) so that its Forklaring is printed.
    sheets: withCell(withCell(full(), 'Ansvar', 2, 3, 'x'.repeat(1 << 20)), 'Regnskap', 2, 3, 160000), exit: 0, findings: [],
    documentShows: ['x'.repeat(1 << 20)],
  },
  {
    name: '1 MB of text in an ansvar Navn is accepted and printed',
    sheets: withCell(full(), 'Ansvar', 2, 1, 'y'.repeat(1 << 20)), exit: 0, findings: [],
    documentShows: [`1000 ${'y'.repeat(1 << 20)}`],
  },
];

describe('catalogue: cells', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    await runWorkbookCase(c);
  });
});
