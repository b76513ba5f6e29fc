/**
 * A large, deterministic ledger sheet for the Excel double: the eight columns of the contract's
 * sheet Regnskap (Ansvar, Art, Funksjon, Tekst and four amounts), with account texts and amounts
 * like a municipality's, and optionally a band of rows whose Tekst is a long note. Used to show
 * how the Office.js adapter sizes its requests (office-source.large.test.ts) and to measure the
 * bytes per cell in docs/office-reading.md. Imports nothing from Node.
 */
import type { DoubleCell, DoubleSheet } from './excel-double';

export interface LongTextBand {
  /** 1-based sheet rows, first and last, of the band. */
  readonly from: number;
  readonly to: number;
  /** Every `every`-th row of the band has a long text (1: every row). */
  readonly every: number;
  /** Characters of each long text. */
  readonly length: number;
}

export interface LargeLedgerOptions {
  /** Rows of the sheet, the header row included. */
  readonly rows: number;
  readonly bands?: readonly LongTextBand[];
}

export const LEDGER_HEADER = ['Ansvar', 'Art', 'Funksjon', 'Tekst', 'Regnskap', 'Regulert budsjett', 'Opprinnelig budsjett', 'Regnskap i fjor'] as const;

const TEXTS = [
  'Godtgjørelse styre og representantskap', 'Arbeidsgiveravgift', 'Bevertning møter', 'Fastlønn', 'Overtid',
  'Pensjon KLP', 'Kontorrekvisita', 'Lisenser programvare', 'Driftsavtale datasenter', 'Reiseutgifter',
  'Kurs og opplæring', 'Husleie', 'Strøm', 'Telefon og linjeleie', 'Refusjon fra kommunene', 'Sykepengerefusjon',
  'Konsulenttjenester', 'Porto', 'Forsikringer', 'Vedlikehold maskiner og utstyr', 'Inventar og utstyr',
  'Salg av tjenester', 'Renteinntekter', 'Avsetning til disposisjonsfond',
];
const AMOUNT = '#,##0.00';
const NOTE = 'Merknad fra revisjonen: beløpet gjelder etterberegnet lisens for fagsystemet i pleie- og omsorgstjenesten, fordelt på kommunene etter innbyggertall, jf. styrets vedtak i sak 14/17 og avtalen om kostnadsfordeling. ';

/** A long text of exactly `length` characters, different per row. */
export function longText(row: number, length: number): string {
  const text = `Rad ${row}. ${NOTE.repeat(Math.ceil(length / NOTE.length) + 1)}`;
  return text.slice(0, length);
}

/** The sheet "Regnskap" with `rows` rows (header included): deterministic for the same options. */
export function largeLedger(options: LargeLedgerOptions): DoubleSheet {
  let seed = 20_170_101;
  const random = (): number => {
    // mulberry32: the same rows on every run
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const amount = (max: number): DoubleCell => ({ value: Math.round(random() * max * 100) / 100, type: 'Double', numberFormat: AMOUNT });
  const cells: DoubleCell[][] = [LEDGER_HEADER.map((title): DoubleCell => ({ value: title, type: 'String' }))];
  for (let row = 2; row <= options.rows; row += 1) {
    const band = options.bands?.find((b) => row >= b.from && row <= b.to && (row - b.from) % b.every === 0);
    cells.push([
      { value: 1000 + Math.floor(random() * 40), type: 'Double' },
      { value: 10_000 + Math.floor(random() * 90_000), type: 'Double' },
      { value: pick([100, 120, 121, 130, 180, 190, 222, 241, 254, 265, 285, 325]), type: 'Double' },
      { value: band === undefined ? pick(TEXTS) : longText(row, band.length), type: 'String' },
      amount(250_000),
      amount(250_000),
      amount(250_000),
      amount(250_000),
    ]);
  }
  return { name: 'Regnskap', rows: cells };
}
