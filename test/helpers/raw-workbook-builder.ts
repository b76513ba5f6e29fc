import { cellAddress } from '../../src/core/workbook/address';
import type { CellValue, RawCell, RawRow, RawWorkbook } from '../../src/core/workbook/raw-workbook';

/** A cell as written in a test: a plain value, or a CellValue for the special kinds. */
export type CellInput = number | string | boolean | null | undefined | CellValue;

export type SheetRows = CellInput[][];

export interface BuildOptions {
  readonly hiddenSheets?: readonly string[];
  /** Sheet name → hidden row numbers (1-based). */
  readonly hiddenRows?: Readonly<Record<string, readonly number[]>>;
}

function toValue(input: CellInput): CellValue | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input === 'number') return { kind: 'number', value: input };
  if (typeof input === 'string') return input === '' ? undefined : { kind: 'text', value: input };
  if (typeof input === 'boolean') return { kind: 'boolean', value: input };
  return input;
}

/** A RawWorkbook from row arrays, as an adapter would deliver it: only cells that hold something. */
export function rawWorkbook(sheets: Readonly<Record<string, SheetRows>>, options: BuildOptions = {}): RawWorkbook {
  return {
    sheets: Object.entries(sheets).map(([name, rows]) => ({
      name,
      hidden: options.hiddenSheets?.includes(name) ?? false,
      rows: rows.flatMap((cells, i): RawRow[] => {
        const row = i + 1;
        const raw: RawCell[] = cells.flatMap((input, c) => {
          const value = toValue(input);
          return value === undefined ? [] : [{ column: c + 1, address: cellAddress(c + 1, row), value }];
        });
        return raw.length === 0 ? [] : [{ row, hidden: options.hiddenRows?.[name]?.includes(row) ?? false, cells: raw }];
      }),
    })),
  };
}

/**
 * A small, valid workbook (no findings): two ansvar, one tied to a dedicated fund; regulation
 * lines on funksjon 880, as KOSTRA wants them.
 * Avvik: 1000 → 9 999,50; 1100 → 10 000,00; resultat 19 999,50; vedtatt 5 000;
 * udisponert 14 999,50 → 10 000 to 25690002 and 4 999,50 to the Standardfond 25690001.
 */
export function smallSheets(): Record<string, SheetRows> {
  return {
    Oppsett: [['Nøkkel', 'Verdi'], ['Selskap', 'Testselskap IKS'], ['År', 2024], ['Standardfond', 25690001], ['Funksjon disponering', 880]],
    Ansvar: [
      ['Ansvar', 'Navn', 'Fond', 'Forklaring'],
      [1000, 'Administrasjon', null, null],
      [1100, 'Drift', 25690002, null],
    ],
    Regnskap: [
      ['Ansvar', 'Art', 'Funksjon', 'Regnskap', 'Regulert budsjett'],
      [1000, 10100, 120, 50000.5, 60000],
      [1000, 17500, 120, -60000, -60000],
      [1100, 11200, 120, 30000, 40000],
      [1100, 17500, 120, -40000, -40000],
    ],
    Fond: [
      ['Fond', 'Navn', 'Inngående balanse', 'Avsetning', 'Bruk', 'Utgående balanse'],
      [25690001, 'Disposisjonsfond', 100000, 0, 0, 100000],
      [25690002, 'Fond drift', 5000, 0, 0, 5000],
    ],
    'Vedtatte avsetninger': [['Fond', 'Beløp', 'Vedtak'], [25690001, 5000, 'Styresak 1/2024']],
  };
}
