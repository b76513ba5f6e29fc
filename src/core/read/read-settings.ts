import type { RawCell, RawSheet, RawWorkbook } from '../workbook/raw-workbook';
import { firstFilledCell, textOf } from './cell-text';
import { findSheet } from './find-sheet';
import { normalizeName, OPPSETT_NAMES } from './sheet-specs';

export type SettingKey =
  | 'selskap'
  | 'aar'
  | 'rapporttittel'
  | 'standardfond'
  | 'kontoAvsetning'
  | 'kontoDisponering'
  | 'kontoBrukAvFond'
  | 'kontoDekning'
  | 'ansvarDisponering'
  | 'funksjonDisponering'
  | 'vesentligKr'
  | 'vesentligProsent'
  | 'artFraKonto';

/** The keys of sheet Oppsett with their accepted names, canonical first. */
export const SETTING_NAMES: Readonly<Record<SettingKey, readonly string[]>> = {
  selskap: ['Selskap', 'Organisation', 'Organization'],
  aar: ['År', 'Aar', 'Year'],
  rapporttittel: ['Rapporttittel', 'Title'],
  standardfond: ['Standardfond', 'Default fund'],
  kontoAvsetning: ['Konto avsetning'],
  kontoDisponering: ['Konto disponering'],
  kontoBrukAvFond: ['Konto bruk av fond'],
  kontoDekning: ['Konto dekning merforbruk'],
  ansvarDisponering: ['Ansvar disponering'],
  funksjonDisponering: ['Funksjon disponering'],
  vesentligKr: ['Vesentlig avvik kr'],
  vesentligProsent: ['Vesentlig avvik prosent'],
  artFraKonto: ['Art fra konto'],
};

export interface SettingEntry {
  readonly key: SettingKey;
  readonly keyCell: RawCell;
  /** The value cell (column B), when it holds anything. */
  readonly valueCell: RawCell | undefined;
  readonly valueAddress: string;
}

export interface SettingsSheet {
  readonly sheet: RawSheet;
  readonly entries: ReadonlyMap<SettingKey, SettingEntry>;
  /** Key cells in column A that name no known setting. */
  readonly unknownKeys: readonly RawCell[];
  /** Key cells that repeat a key given above them. */
  readonly repeatedKeys: readonly RawCell[];
}

const KEY_BY_NAME = new Map(
  (Object.entries(SETTING_NAMES) as [SettingKey, readonly string[]][]).flatMap(([key, names]) =>
    names.map((name) => [normalizeName(name), key] as const),
  ),
);

const HEADER_KEYS = new Set(['nøkkel', 'key']);

/** Reads sheet Oppsett: key in column A, value in column B; a first row "Nøkkel | Verdi" is skipped. */
export function readSettings(workbook: RawWorkbook): SettingsSheet | undefined {
  const sheet = findSheet(workbook, OPPSETT_NAMES);
  if (sheet === undefined) return undefined;
  const entries = new Map<SettingKey, SettingEntry>();
  const unknownKeys: RawCell[] = [];
  const repeatedKeys: RawCell[] = [];
  const filled = sheet.rows.filter((row) => firstFilledCell(row) !== undefined);
  for (const [index, row] of filled.entries()) {
    const keyCell = row.cells.find((cell) => cell.column === 1);
    const keyText = textOf(keyCell?.value);
    if (keyCell === undefined || keyText === undefined || keyText === '') continue;
    if (index === 0 && HEADER_KEYS.has(normalizeName(keyText))) continue;
    const key = KEY_BY_NAME.get(normalizeName(keyText));
    if (key === undefined) {
      unknownKeys.push(keyCell);
      continue;
    }
    if (entries.has(key)) {
      repeatedKeys.push(keyCell);
      continue;
    }
    const valueCell = row.cells.find((cell) => cell.column === 2);
    entries.set(key, { key, keyCell, valueCell, valueAddress: `B${row.row}` });
  }
  return { sheet, entries, unknownKeys, repeatedKeys };
}
