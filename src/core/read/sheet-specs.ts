/**
 * The sheets and columns of the workbook contract (version 1): canonical Norwegian names
 * first, accepted aliases after. Matching ignores case and surrounding spaces.
 */
export type CellKind = 'code' | 'amount' | 'text' | 'any';

export interface ColumnSpec {
  readonly key: string;
  readonly names: readonly string[];
  readonly required: boolean;
  readonly kind: CellKind;
  /** For codes typed as numbers: pad to this many digits (art 10 → 010). */
  readonly minDigits?: number;
  /** For codes: the allowed number of digits. */
  readonly digits?: readonly [number, number];
}

export interface TableSpec {
  readonly key: TableKey;
  readonly names: readonly string[];
  readonly required: boolean;
  readonly columns: readonly ColumnSpec[];
  /**
   * Code columns by which the table's usable rows are summed as they are read (see
   * table-fold.ts): a table of a million rows is then held as a few thousand sums. Rows a check
   * must point at are kept as well.
   */
  readonly groupBy?: readonly string[];
}

export type TableKey = 'ansvar' | 'regnskap' | 'fond' | 'vedtatte' | 'refusjon' | 'styre';

const col = (key: string, kind: CellKind, required: boolean, ...names: string[]): ColumnSpec => ({ key, names, required, kind });

export const OPPSETT_NAMES: readonly string[] = ['Oppsett', 'Settings'];

export const ANSVAR: TableSpec = {
  key: 'ansvar',
  names: ['Ansvar', 'Responsibility centres'],
  required: true,
  columns: [
    { ...col('ansvar', 'code', true, 'Ansvar', 'Ansvarsnr', 'Code'), digits: [1, 6] },
    col('navn', 'text', true, 'Navn', 'Ansvarsnavn', 'Name'),
    col('fond', 'code', false, 'Fond', 'Fund'),
    col('forklaring', 'text', false, 'Forklaring', 'Explanation'),
  ],
};

export const REGNSKAP: TableSpec = {
  key: 'regnskap',
  names: ['Regnskap', 'Ledger'],
  required: true,
  groupBy: ['ansvar', 'art', 'funksjon'],
  columns: [
    { ...col('ansvar', 'code', true, 'Ansvar', 'Ansvarsnr'), digits: [1, 6] },
    { ...col('art', 'code', true, 'Art', 'Konto', 'Account'), minDigits: 3, digits: [3, 6] },
    { ...col('funksjon', 'code', false, 'Funksjon', 'Tjeneste', 'Function'), minDigits: 3, digits: [3, 3] },
    col('regnskap', 'amount', true, 'Regnskap', 'Faktisk', 'Actual'),
    col('budsjett', 'amount', true, 'Regulert budsjett', 'Revidert budsjett', 'Rev. budsjett', 'Budsjett', 'Budget'),
    col('opprinnelig', 'amount', false, 'Opprinnelig budsjett', 'Original budget'),
    col('ifjor', 'amount', false, 'Regnskap i fjor', 'Fjorår', 'Previous year'),
    col('tekst', 'any', false, 'Tekst', 'Text'),
  ],
};

export const FOND: TableSpec = {
  key: 'fond',
  names: ['Fond', 'Funds'],
  required: true,
  columns: [
    col('fond', 'code', true, 'Fond', 'Konto', 'Account'),
    col('navn', 'text', true, 'Navn', 'Name'),
    col('ib', 'amount', true, 'Inngående balanse', 'IB', 'Opening'),
    col('avsetning', 'amount', false, 'Avsetning', 'Allocation'),
    col('bruk', 'amount', false, 'Bruk', 'Use'),
    col('ub', 'amount', false, 'Utgående balanse', 'UB', 'Closing'),
  ],
};

export const VEDTATTE: TableSpec = {
  key: 'vedtatte',
  names: ['Vedtatte avsetninger', 'Decided allocations'],
  required: false,
  columns: [
    col('fond', 'code', true, 'Fond', 'Fund'),
    col('belop', 'amount', true, 'Beløp', 'Amount'),
    col('vedtak', 'any', false, 'Vedtak', 'Decision'),
  ],
};

export const REFUSJON: TableSpec = {
  key: 'refusjon',
  names: ['Refusjon', 'Refunds'],
  required: false,
  columns: [col('kommune', 'text', true, 'Kommune', 'Municipality'), col('belop', 'amount', true, 'Beløp', 'Amount')],
};

export const STYRE: TableSpec = {
  key: 'styre',
  names: ['Styre', 'Board'],
  required: false,
  columns: [
    col('navn', 'text', true, 'Navn', 'Name'),
    col('rolle', 'any', false, 'Rolle', 'Role'),
    col('epost', 'text', false, 'E-post', 'E-mail', 'Epost', 'Email'),
  ],
};

export const TABLE_SPECS: readonly TableSpec[] = [ANSVAR, REGNSKAP, FOND, VEDTATTE, REFUSJON, STYRE];

/** How names are compared: case-insensitive, surrounding and repeated spaces ignored. */
export function normalizeName(name: string): string {
  return name.replace(/[\s\u00a0]+/g, ' ').trim().toLocaleLowerCase('nb');
}

/** The canonical (first) name of a column, for messages. */
export function columnName(column: ColumnSpec): string {
  return column.names[0] ?? column.key;
}
