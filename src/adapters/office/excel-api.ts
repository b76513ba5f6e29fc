/**
 * The few members of the Office.js Excel API (the global `Excel`) that the adapter uses, as a
 * structural interface: the real `Excel` satisfies it (excel-api.test.ts proves it with tsc),
 * and so does the in-memory double in test/office-double. Everything here exists in the
 * requirement set ExcelApi 1.13 or older; the newest member, and so the requirement of the
 * adapter as a whole, is Range.getMergedAreasOrNullObject (1.13).
 *
 * Office.js semantics the adapter relies on: methods and property writes are queued and run in
 * order at the next `context.sync()`; a property can be read only after `load` and a sync (else
 * Excel throws PropertyNotLoaded); an `…OrNullObject` method gives a proxy whose `isNullObject`
 * is known after the next sync.
 */
export interface ExcelApi {
  /** Excel.run (ExcelApi 1.1). A rejected sync rejects the run. */
  run<T>(batch: (context: ExcelContext) => Promise<T>): Promise<T>;
}

/** Excel.RequestContext. */
export interface ExcelContext {
  /** `names` (ExcelApi 1.1): the workbook-scoped defined names. */
  readonly workbook: { readonly worksheets: ExcelWorksheetCollection; readonly names: ExcelNamedItemCollection };
  /** Runs what is queued and fills what was loaded: one round trip to Excel. */
  sync(): Promise<unknown>;
}

/** Load paths of Excel.WorksheetCollection used by the adapter. */
export type WorksheetCollectionLoadPath = 'items/name' | 'items/visibility';

/** Excel.WorksheetCollection. */
export interface ExcelWorksheetCollection {
  /** After load + sync: the sheets in tab order. */
  readonly items: readonly ExcelWorksheet[];
  load(propertyNames: WorksheetCollectionLoadPath[]): void;
  /** ExcelApi 1.1; the sync fails with ItemNotFound when there is no such sheet. Names are case-insensitive. */
  getItem(key: string): ExcelWorksheet;
  /** ExcelApi 1.4. */
  getItemOrNullObject(key: string): ExcelWorksheet;
  /** ExcelApi 1.1: a new sheet after the others; the sync fails when the name is taken or invalid. */
  add(name?: string): ExcelWorksheet;
}

export type SheetVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

/** Excel.Worksheet. */
export interface ExcelWorksheet {
  readonly isNullObject: boolean;
  readonly name: string;
  /** ExcelApi 1.1. */
  readonly visibility: SheetVisibility;
  load(propertyNames: ('name' | 'visibility')[]): void;
  /** ExcelApi 1.4 (valuesOnly 1.4): with valuesOnly, only cells holding a value count, not formatting. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): ExcelRange;
  /** ExcelApi 1.7; indexes are 0-based. */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): ExcelRange;
  /** ExcelApi 1.1, e.g. "E7". */
  getRange(address?: string): ExcelRange;
  /** ExcelApi 1.1; fails on a hidden sheet. */
  activate(): void;
  /** ExcelApi 1.4: the names scoped to this sheet. */
  readonly names: ExcelNamedItemCollection;
  /** ExcelApi 1.1: the Excel tables on this sheet. */
  readonly tables: ExcelTableCollection;
}

/** Load paths of Excel.NamedItemCollection used by the adapter. */
export type NamedItemCollectionLoadPath = 'items/name' | 'items/type' | 'items/formula';

/** Excel.NamedItemCollection (ExcelApi 1.1). */
export interface ExcelNamedItemCollection {
  /** After load + sync. */
  readonly items: readonly ExcelNamedItem[];
  load(propertyNames: NamedItemCollectionLoadPath[]): void;
}

/** What a defined name holds (Excel.NamedItemType; 'Array' is ExcelApi 1.7). */
export type NamedItemType = 'String' | 'Integer' | 'Double' | 'Boolean' | 'Range' | 'Error' | 'Array';

/** Excel.NamedItem. */
export interface ExcelNamedItem {
  /** ExcelApi 1.1. */
  readonly name: string;
  /** ExcelApi 1.1. */
  readonly type: NamedItemType;
  /** ExcelApi 1.7: what the name refers to, as a formula: "=Feide!$A$1:$B$7". */
  readonly formula: unknown;
  /** ExcelApi 1.4: the range the name refers to; a null object when it is not a range. */
  getRangeOrNullObject(): ExcelRange;
}

/** Excel.TableCollection (ExcelApi 1.1). */
export interface ExcelTableCollection {
  /** After load + sync. */
  readonly items: readonly ExcelTable[];
  load(propertyNames: 'items/name'[]): void;
}

/** Excel.Table (ExcelApi 1.1). */
export interface ExcelTable {
  readonly name: string;
  /** The whole table: header row, data and totals row. */
  getRange(): ExcelRange;
}

/** What Range.valueTypes reports per cell (Excel.RangeValueType). */
export type RangeValueType = 'Unknown' | 'Empty' | 'String' | 'Integer' | 'Double' | 'Boolean' | 'Error' | 'RichValue';

/** The Range properties the adapter loads. */
export type RangeProperty =
  | 'values' | 'valueTypes' | 'numberFormat' | 'formulas'
  | 'rowIndex' | 'columnIndex' | 'rowCount' | 'columnCount' | 'address';

/** Excel.Range. Every property is ExcelApi 1.1. */
export interface ExcelRange {
  readonly isNullObject: boolean;
  /** Per cell: number, string or boolean; '' for an empty cell and for every cell of a merge but its top-left. */
  values: (string | number | boolean)[][];
  readonly valueTypes: readonly (readonly RangeValueType[])[];
  /** Per cell, the format code in its invariant (en-US) form, e.g. "General", "#,##0", "dd.mm.yyyy", "@". */
  numberFormat: string[][];
  /** Per cell, the formula ("=SUM(A1:A3)") or, for a constant, the value itself. */
  readonly formulas: readonly (readonly unknown[])[];
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  /** Sheet-qualified, e.g. "Ark1!A1:C4". */
  readonly address: string;
  /** ExcelApi 1.1. */
  readonly format: ExcelRangeFormat;
  load(propertyNames: RangeProperty[]): void;
  /** ExcelApi 1.1: the whole rows (A:XFD) of this range. */
  getEntireRow(): ExcelRange;
  /** ExcelApi 1.13: the merged areas the range touches. Documented to fail when there are more than 512 of them. */
  getMergedAreasOrNullObject(): ExcelRangeAreas;
  /** ExcelApi 1.9. 'Visible': the cells in rows and columns that are not hidden. */
  getSpecialCellsOrNullObject(cellType: 'Visible'): ExcelRangeAreas;
  /** ExcelApi 1.1. */
  select(): void;
}

/** Load paths of Excel.RangeAreas used by the adapter: the position of each rectangle. */
export type RangeAreasLoadPath = 'areas/items/rowIndex' | 'areas/items/columnIndex' | 'areas/items/rowCount' | 'areas/items/columnCount';

/** Excel.RangeAreas (ExcelApi 1.9): several rectangular ranges. */
export interface ExcelRangeAreas {
  readonly isNullObject: boolean;
  readonly areas: { readonly items: readonly ExcelRange[] };
  load(propertyNames: RangeAreasLoadPath[]): void;
}

/** Excel.RangeFormat. */
export interface ExcelRangeFormat {
  /** ExcelApi 1.1. */
  readonly font: { bold: boolean };
  /** ExcelApi 1.2. */
  autofitColumns(): void;
}
