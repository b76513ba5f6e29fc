import { cellAddress, parseAddress } from './address';
import type { RawSheet, RawWorkbook, WorkbookName } from './raw-workbook';

/** A defined name or an Excel table as an adapter found it, before it is checked. */
export interface FoundName {
  readonly name: string;
  readonly kind: 'name' | 'table';
  /** A sheet-qualified reference: "'Vedtatte avsetninger'!$A$1:$C$2", "Feide!A1:B7", "Feide!$D$1". */
  readonly reference: string;
}

// A sheet name holds no [ ] : \ / ? * (Excel forbids them); "[1]Ark" is another workbook.
const REFERENCE = /^(?:'((?:[^'[\]]|'')+)'|([^'!:[\]\s]+))!(\$?[A-Z]{1,3}\$?[1-9][0-9]*)(?::(\$?[A-Z]{1,3}\$?[1-9][0-9]*))?$/;

/**
 * A reference to one rectangle of one sheet → the sheet and "A1:D7" (always two corners, no $);
 * undefined for anything else: no sheet, whole columns or rows, several areas, a formula.
 */
export function parseSheetReference(reference: string): { readonly sheet: string; readonly range: string } | undefined {
  const m = REFERENCE.exec(reference.trim());
  if (m === null) return undefined;
  const [, quoted, plain, first, second] = m;
  const sheet = quoted === undefined ? plain : quoted.replace(/''/g, "'");
  const a = parseAddress((first ?? '').replace(/\$/g, ''));
  const b = second === undefined ? a : parseAddress(second.replace(/\$/g, ''));
  if (sheet === undefined || a === undefined || b === undefined) return undefined;
  const left = Math.min(a.column, b.column);
  const right = Math.max(a.column, b.column);
  const top = Math.min(a.row, b.row);
  const bottom = Math.max(a.row, b.row);
  if (right > 16_384 || bottom > 1_048_576) return undefined;
  return { sheet, range: `${cellAddress(left, top)}:${cellAddress(right, bottom)}` };
}

/**
 * The names both adapters deliver, from what they found, so that they agree:
 * - Excel's own names (`_xlnm.Print_Area`, `_xlnm._FilterDatabase` …) are left out;
 * - so is a name whose reference is not one rectangle of a sheet of the workbook (a constant,
 *   a formula, several areas, a whole column, another workbook);
 * - a name found more than once (in several scopes) is kept once if every finding points at the
 *   same rectangle, and left out if they differ (which one is meant cannot be known);
 * - the sheet is named as in the workbook, and the list is sorted: defined names before
 *   tables, then by name (case-insensitive).
 */
export function collectNames(found: readonly FoundName[], sheets: readonly Pick<RawSheet, 'name'>[]): WorkbookName[] {
  const sheetByKey = new Map(sheets.map((s) => [s.name.toLowerCase(), s.name]));
  const groups = new Map<string, WorkbookName[]>();
  for (const f of found) {
    const name = f.name.trim();
    if (name === '' || name.toLowerCase().startsWith('_xlnm.')) continue;
    const ref = parseSheetReference(f.reference);
    const sheet = ref === undefined ? undefined : sheetByKey.get(ref.sheet.toLowerCase());
    const key = name.toLowerCase();
    const group = groups.get(key) ?? [];
    groups.set(key, group);
    // An unusable finding still counts: it makes a name found twice ambiguous.
    group.push(ref === undefined || sheet === undefined ? { name, sheet: '', range: '', kind: f.kind } : { name, sheet, range: ref.range, kind: f.kind });
  }
  const names: WorkbookName[] = [];
  for (const group of groups.values()) {
    const first = group[0];
    if (first === undefined || first.sheet === '') continue;
    if (group.every((g) => g.sheet === first.sheet && g.range === first.range && g.kind === first.kind)) names.push(first);
  }
  return names.sort(compareNames);
}

function compareNames(a: WorkbookName, b: WorkbookName): number {
  if (a.kind !== b.kind) return a.kind === 'name' ? -1 : 1;
  const ka = a.name.toLowerCase();
  const kb = b.name.toLowerCase();
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** The workbook with its names, the property left out when there are none (as before names were read). */
export function withNames(sheets: readonly RawSheet[], names: readonly WorkbookName[]): RawWorkbook {
  return names.length === 0 ? { sheets } : { sheets, names };
}
