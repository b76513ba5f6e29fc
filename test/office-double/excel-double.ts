/**
 * An in-memory stand-in for Office.js' global `Excel`, for tests in jest and in the browser
 * (bundled by webpack for test/addin): it imports nothing from Node.
 *
 * It behaves like Excel where the adapter depends on it:
 * - proxies: methods and property writes are queued and run in order at `context.sync()`; a
 *   property can be read only after `load` and a sync, else it throws a PropertyNotLoaded
 *   error as Excel does; `isNullObject` is known after the sync that follows the proxy's making;
 * - `…OrNullObject` methods give null objects; getItem of a missing sheet fails the sync
 *   (ItemNotFound); add of a taken name fails it (ItemAlreadyExists);
 * - a merged area holds its value in its top-left cell only: Range.values gives '' and
 *   valueTypes 'Empty' for the other cells;
 * - getUsedRangeOrNullObject(true) is the box of cells with values; getMergedAreasOrNullObject
 *   gives the whole merged areas a range touches and fails the sync beyond 512 of them;
 *   getSpecialCellsOrNullObject('Visible') gives the rows that are not hidden;
 * - a string written through Range.values into a cell whose number format is not "@" is read
 *   as Excel reads typed input: "=…", "+…" and "-…" become formulas, "1 000,50" a number;
 * - a sync that loads more than `limits.cellsPerSync` cells fails, as a request over Excel on
 *   the web's limits does; so does a sync whose request or response would pass
 *   `limits.payloadBytes` (Excel on the web's 5 MB; DoubleSyncRecord says what is counted).
 * - defined names (of the workbook and of a sheet) and Excel tables: a name's type and formula
 *   are loaded from its collection; getRangeOrNullObject gives the range of a formula that is one
 *   plain reference ("=Feide!$A$1:$B$7") and a null object for anything else (a constant, or a
 *   formula such as OFFSET, which the double cannot evaluate); a table's getRange is its range.
 * It does not calculate: a formula written into it has the value "#VALUE!". Columns are never
 * hidden. Styles other than number formats and bold are not modelled.
 *
 * What happened is recorded on the returned object as plain data (syncs, the cells and bytes
 * loaded per sync, the active sheet and the selection, sheets added, what was written), so that
 * a test in the browser can read it with page.evaluate.
 */
import type {
  ExcelApi,
  ExcelContext,
  ExcelNamedItem,
  ExcelNamedItemCollection,
  ExcelRange,
  ExcelRangeAreas,
  ExcelRangeFormat,
  ExcelTable,
  ExcelTableCollection,
  ExcelWorksheet,
  ExcelWorksheetCollection,
  NamedItemCollectionLoadPath,
  NamedItemType,
  RangeAreasLoadPath,
  RangeProperty,
  RangeValueType,
  SheetVisibility,
  WorksheetCollectionLoadPath,
} from '../../src/adapters/office/excel-api';
import { cellAddress, parseAddress } from '../../src/core/workbook/address';
import { parseSheetReference } from '../../src/core/workbook/workbook-names';

export type DoubleCellType = 'String' | 'Double' | 'Boolean' | 'Error';
/** One cell as Excel holds it; null is an empty cell. An error's value is its code, "#REF!". */
export type DoubleCell = null | {
  value: string | number | boolean;
  type: DoubleCellType;
  /** Invariant format code; "General" when absent. */
  numberFormat?: string;
  /** "=SUM(C2:C4)"; `value` is then its result. */
  formula?: string;
};
export interface DoubleSheet {
  name: string;
  visibility?: SheetVisibility;
  /** rows[0][0] is A1. */
  rows: DoubleCell[][];
  /** Merged areas, "A5:A7". */
  merged?: string[];
  /** 1-based row numbers. */
  hiddenRows?: number[];
  /** Names scoped to this sheet. */
  names?: DoubleName[];
  /** Excel tables on this sheet. */
  tables?: DoubleTable[];
}
/** A defined name, with what it refers to as NamedItem.formula gives it: "=Feide!$A$1:$B$7", "=0.25". */
export interface DoubleName {
  name: string;
  formula: string;
}
/** An Excel table: its name and its whole range, header and totals rows included, "B2:C4". */
export interface DoubleTable {
  name: string;
  range: string;
}
export interface DoubleWorkbook {
  sheets: DoubleSheet[];
  /** Names scoped to the workbook. */
  names?: DoubleName[];
}

export interface DoubleLimits {
  /** Cells whose values, valueTypes, numberFormat or formulas one sync may load; Excel on the web: 5 million. */
  readonly cellsPerSync?: number;
  /**
   * Bytes one sync's request or response may hold (see DoubleSyncRecord); Excel on the web
   * refuses either over 5 MB. The default is 5 000 000, the stricter reading of "5 MB".
   */
  readonly payloadBytes?: number;
  /** Merged areas one getMergedAreasOrNullObject may return; Excel: 512. */
  readonly mergedAreas?: number;
}

/** One write, in the order the syncs ran them: a range's values or formats, bold, autofit. */
export interface DoubleWrite {
  readonly sheet: string;
  /** "A1:F20". */
  readonly address: string;
  readonly property: 'values' | 'numberFormat' | 'bold' | 'autofitColumns';
  readonly value?: unknown;
}

export interface DoubleSyncRecord {
  /** Cells loaded with values, valueTypes, numberFormat or formulas (each cell once per range). */
  readonly cells: number;
  /**
   * The size of the response as Excel on the web would send it: every property the sync loaded,
   * as `"name":value` in JSON (UTF-8 bytes), so a range's values, valueTypes, numberFormat and
   * formulas count as their 2-D arrays, and a merged or visible area as its few numbers. The
   * envelope around them (object ids, brackets per object) is not counted: a few bytes per object.
   */
  readonly responseBytes: number;
  /**
   * The cell data the sync sends to Excel: the values and number formats written, as JSON
   * (UTF-8 bytes). The queued operations themselves (a few hundred bytes each) are not counted.
   */
  readonly requestBytes: number;
  /** The sheets those cells were on. */
  readonly sheets: string[];
  /** Whether the sync failed. */
  readonly failed: boolean;
}

/** A cell's state, as tests look at it. */
export interface DoubleCellState {
  readonly value: string | number | boolean | null;
  readonly type: RangeValueType;
  readonly numberFormat: string;
  readonly formula?: string;
  readonly bold: boolean;
}

export interface ExcelDouble extends ExcelApi {
  syncs: number;
  maxCellsInOneSync: number;
  /** The largest responseBytes of a sync that succeeded. */
  maxResponseBytesInOneSync: number;
  syncLog: DoubleSyncRecord[];
  /** The active sheet's name: the first visible sheet until the add-in activates another. */
  activeSheet: string | undefined;
  /** What the add-in last selected on the active sheet, e.g. "E3". */
  selected: string | undefined;
  addedSheets: string[];
  writes: DoubleWrite[];
  sheetNames(): string[];
  cellAt(sheet: string, address: string): DoubleCellState | undefined;
  /**
   * What the user does in Excel meanwhile, between two runs of the add-in: renames a sheet,
   * deletes one, or types into a cell (null empties it). Each throws when there is no such sheet.
   */
  userRenamesSheet(name: string, newName: string): void;
  userDeletesSheet(name: string): void;
  userEditsCell(sheet: string, address: string, cell: DoubleCell): void;
}

const ROWS = 1_048_576;
const COLUMNS = 16_384;
const GENERAL = 'General';

interface StoredCell {
  value: string | number | boolean | null;
  type: RangeValueType;
  numberFormat: string;
  formula?: string;
  bold?: boolean;
}
interface Box {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}
interface SheetState {
  name: string;
  visibility: SheetVisibility;
  cells: Map<number, Map<number, StoredCell>>;
  merges: Box[];
  hiddenRows: Set<number>;
  selected?: string;
  names: DoubleName[];
  tables: TableState[];
}
interface TableState {
  name: string;
  box: Box;
}
interface RangeTarget extends Box {
  sheet: SheetState;
}

type OfficeError = Error & { code: string };

function officeError(code: string, message: string): OfficeError {
  const error = new Error(message) as OfficeError;
  error.name = 'RichApi.Error';
  error.code = code;
  return error;
}

function propertyNotLoaded(property: string): OfficeError {
  return officeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function createExcelDouble(data: DoubleWorkbook, limits: DoubleLimits = {}): ExcelDouble {
  const sheets: SheetState[] = data.sheets.map(toSheetState);
  const workbookNames: DoubleName[] = data.names ?? [];
  const maxCells = limits.cellsPerSync ?? 5_000_000;
  const maxPayloadBytes = limits.payloadBytes ?? 5_000_000;
  const maxMerged = limits.mergedAreas ?? 512;

  const double: ExcelDouble = {
    syncs: 0,
    maxCellsInOneSync: 0,
    maxResponseBytesInOneSync: 0,
    syncLog: [],
    activeSheet: sheets.find((s) => s.visibility === 'Visible')?.name,
    selected: undefined,
    addedSheets: [],
    writes: [],
    sheetNames: () => sheets.map((s) => s.name),
    cellAt: (sheetName, address) => {
      const sheet = findSheet(sheetName);
      const at = parseAddress(address);
      if (sheet === undefined || at === undefined) return undefined;
      const cell = shownCell(sheet, at.row - 1, at.column - 1);
      return { value: cell.value, type: cell.type, numberFormat: cell.numberFormat, ...(cell.formula === undefined ? {} : { formula: cell.formula }), bold: cell.bold === true };
    },
    userRenamesSheet: (name, newName) => {
      userSheet(name).name = newName;
    },
    userDeletesSheet: (name) => {
      sheets.splice(sheets.indexOf(userSheet(name)), 1);
    },
    userEditsCell: (sheetName, address, cell) => {
      const sheet = userSheet(sheetName);
      const at = parseAddress(address);
      if (at === undefined) throw new Error(`not a cell address: ${address}`);
      sheet.cells.get(at.row - 1)?.delete(at.column - 1);
      if (cell !== null) Object.assign(storedCell(sheet, at.row - 1, at.column - 1), toStoredCell(cell));
    },
    run: async <T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> => batch(new Context()),
  };

  function userSheet(name: string): SheetState {
    const sheet = findSheet(name);
    if (sheet === undefined) throw new Error(`the double has no sheet ${name}`);
    return sheet;
  }

  function findSheet(name: string): SheetState | undefined {
    const key = name.toUpperCase();
    return sheets.find((s) => s.name.toUpperCase() === key);
  }

  /** A batch of queued operations, run at sync. */
  class Context implements ExcelContext {
    queue: (() => void)[] = [];
    cells = 0;
    cellSheets = new Set<string>();
    responseBytes = 0;
    requestBytes = 0;
    readonly workbook = { worksheets: new Worksheets(this), names: new NamedItems(this, undefined, workbookNames) };

    async sync(): Promise<void> {
      double.syncs += 1;
      const operations = this.queue;
      this.queue = [];
      this.cells = 0;
      this.cellSheets = new Set();
      this.responseBytes = 0;
      this.requestBytes = 0;
      let failure: unknown;
      try {
        for (const operation of operations) operation();
        if (this.cells > maxCells) {
          failure = officeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${this.cells} cells).`);
        } else if (this.requestBytes > maxPayloadBytes) {
          failure = officeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${this.requestBytes} bytes).`);
        } else if (this.responseBytes > maxPayloadBytes) {
          failure = officeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${this.responseBytes} bytes).`);
        }
      } catch (error) {
        failure = error;
      }
      const failed = failure !== undefined;
      double.syncLog.push({ cells: this.cells, responseBytes: this.responseBytes, requestBytes: this.requestBytes, sheets: [...this.cellSheets], failed });
      if (!failed) {
        double.maxCellsInOneSync = Math.max(double.maxCellsInOneSync, this.cells);
        double.maxResponseBytesInOneSync = Math.max(double.maxResponseBytesInOneSync, this.responseBytes);
      }
      await Promise.resolve();
      if (failure !== undefined) throw failure;
    }
  }

  /** What every proxy shares: a target found at sync, properties readable after load + sync. */
  class ProxyObject<T> {
    protected target: T | null | undefined;
    protected readonly loaded = new Map<string, unknown>();

    constructor(protected readonly context: Context, resolve?: () => T | null, target?: T) {
      if (target !== undefined) this.target = target;
      else if (resolve !== undefined) this.queue(() => { this.target = resolve(); });
    }

    get isNullObject(): boolean {
      if (this.target === undefined) throw propertyNotLoaded('isNullObject');
      return this.target === null;
    }

    protected queue(operation: () => void): void {
      this.context.queue.push(operation);
    }

    /** The target, inside a queued operation. */
    protected need(): T {
      if (this.target === null) throw officeError('ItemNotFound', 'The requested resource does not exist (a null object was used).');
      if (this.target === undefined) throw officeError('InvalidObjectPath', 'The object path is not valid here: the object was made in a request that failed.');
      return this.target;
    }

    protected read<V>(property: string): V {
      if (!this.loaded.has(property)) throw propertyNotLoaded(property);
      return this.loaded.get(property) as V;
    }

    /** A property loaded from Excel, inside a queued operation: readable now, and counted in the sync's response. */
    protected deliver(property: string, value: unknown): void {
      this.loaded.set(property, value);
      this.context.responseBytes += jsonBytes(property) + 1 + jsonBytes(value) + 1;
    }

    /** Queues a load: at sync, each property is taken from the target (a null object loads nothing). */
    protected queueLoad(properties: readonly string[], take: (target: T, property: string) => unknown): void {
      this.queue(() => {
        if (this.target === null) return;
        const target = this.need();
        for (const property of properties) this.deliver(property, take(target, property));
      });
    }
  }

  class Worksheets extends ProxyObject<SheetState[]> implements ExcelWorksheetCollection {
    constructor(context: Context) {
      super(context, undefined, sheets);
    }
    get items(): readonly ExcelWorksheet[] {
      return this.read<ExcelWorksheet[]>('items');
    }
    load(propertyNames: WorksheetCollectionLoadPath[]): void {
      this.queue(() => {
        const items = sheets.map((sheet) => {
          const worksheet = new Worksheet(this.context, undefined, sheet);
          for (const path of propertyNames) worksheet.take(path.slice('items/'.length) as 'name' | 'visibility');
          return worksheet;
        });
        this.loaded.set('items', items);
      });
    }
    getItem(key: string): ExcelWorksheet {
      return new Worksheet(this.context, () => {
        const sheet = findSheet(key);
        if (sheet === undefined) throw officeError('ItemNotFound', `The requested resource doesn't exist: sheet "${key}".`);
        return sheet;
      });
    }
    getItemOrNullObject(key: string): ExcelWorksheet {
      return new Worksheet(this.context, () => findSheet(key) ?? null);
    }
    add(name?: string): ExcelWorksheet {
      return new Worksheet(this.context, () => {
        const sheetName = name ?? nextDefaultName();
        if (findSheet(sheetName) !== undefined) throw officeError('ItemAlreadyExists', `A sheet named "${sheetName}" already exists.`);
        if (!validSheetName(sheetName)) throw officeError('InvalidArgument', `"${sheetName}" is not a valid sheet name.`);
        const sheet = toSheetState({ name: sheetName, rows: [] });
        sheets.push(sheet);
        double.addedSheets.push(sheetName);
        return sheet;
      });
    }
  }

  function nextDefaultName(): string {
    for (let n = sheets.length + 1; ; n += 1) if (findSheet(`Ark${n}`) === undefined) return `Ark${n}`;
  }

  class Worksheet extends ProxyObject<SheetState> implements ExcelWorksheet {
    get name(): string {
      return this.read('name');
    }
    get visibility(): SheetVisibility {
      return this.read('visibility');
    }
    /** Loads a property now: for a worksheet that came from a loaded collection. */
    take(property: 'name' | 'visibility'): void {
      this.deliver(property, this.need()[property]);
    }
    load(propertyNames: ('name' | 'visibility')[]): void {
      this.queueLoad(propertyNames, (sheet, property) => sheet[property as 'name' | 'visibility']);
    }
    getUsedRangeOrNullObject(valuesOnly = false): ExcelRange {
      return new Range(this.context, () => {
        const sheet = this.need();
        const box = usedBox(sheet, valuesOnly);
        return box === undefined ? null : { sheet, ...box };
      });
    }
    getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): ExcelRange {
      return new Range(this.context, () => rangeOn(this.need(), { row: startRow, column: startColumn, rowCount, columnCount }));
    }
    getRange(address?: string): ExcelRange {
      return new Range(this.context, () => {
        const sheet = this.need();
        if (address === undefined) return { sheet, row: 0, column: 0, rowCount: ROWS, columnCount: COLUMNS };
        const box = parseRangeAddress(address);
        if (box === undefined) throw officeError('InvalidArgument', `The argument is invalid or missing: address "${address}".`);
        return rangeOn(sheet, box);
      });
    }
    activate(): void {
      this.queue(() => {
        const sheet = this.need();
        if (sheet.visibility !== 'Visible') throw officeError('InvalidOperation', `The sheet "${sheet.name}" is hidden and cannot be activated.`);
        double.activeSheet = sheet.name;
        double.selected = sheet.selected;
      });
    }
    get names(): ExcelNamedItemCollection {
      return new NamedItems(this.context, () => this.need().names);
    }
    get tables(): ExcelTableCollection {
      return new Tables(this.context, () => this.need());
    }
  }

  class NamedItems extends ProxyObject<DoubleName[]> implements ExcelNamedItemCollection {
    get items(): readonly ExcelNamedItem[] {
      return this.read<ExcelNamedItem[]>('items');
    }
    load(propertyNames: NamedItemCollectionLoadPath[]): void {
      this.queue(() => {
        const items = this.need().map((name) => {
          const item = new NamedItem(this.context, undefined, name);
          for (const path of propertyNames) item.take(path.slice('items/'.length) as 'name' | 'type' | 'formula');
          return item;
        });
        this.loaded.set('items', items);
      });
    }
  }

  class NamedItem extends ProxyObject<DoubleName> implements ExcelNamedItem {
    get name(): string {
      return this.read('name');
    }
    get type(): NamedItemType {
      return this.read('type');
    }
    get formula(): unknown {
      return this.read('formula');
    }
    take(property: 'name' | 'type' | 'formula'): void {
      const item = this.need();
      this.deliver(property, property === 'type' ? namedItemType(item.formula) : item[property]);
    }
    getRangeOrNullObject(): ExcelRange {
      return new Range(this.context, () => {
        const reference = referenceOf(this.need().formula);
        const sheet = reference === undefined ? undefined : findSheet(reference.sheet);
        const box = reference === undefined ? undefined : parseRangeAddress(reference.range);
        return sheet === undefined || box === undefined ? null : rangeOn(sheet, box);
      });
    }
  }

  /** What Excel reports as a name's type; a formula the double cannot evaluate counts as a range. */
  function namedItemType(formula: string): NamedItemType {
    const reference = referenceOf(formula);
    if (reference !== undefined) return findSheet(reference.sheet) === undefined ? 'Error' : 'Range';
    const body = formula.replace(/^=/, '');
    if (/^-?\d+(\.\d+)?$/.test(body)) return 'Double';
    if (/^".*"$/.test(body)) return 'String';
    if (/^(TRUE|FALSE)$/i.test(body)) return 'Boolean';
    if (body.startsWith('#')) return 'Error';
    return 'Range';
  }

  class Tables extends ProxyObject<SheetState> implements ExcelTableCollection {
    get items(): readonly ExcelTable[] {
      return this.read<ExcelTable[]>('items');
    }
    load(propertyNames: 'items/name'[]): void {
      this.queue(() => {
        const sheet = this.need();
        this.loaded.set('items', sheet.tables.map((table) => {
          const proxy = new TableProxy(this.context, undefined, { sheet, table });
          if (propertyNames.includes('items/name')) proxy.takeName();
          return proxy;
        }));
      });
    }
  }

  class TableProxy extends ProxyObject<{ sheet: SheetState; table: TableState }> implements ExcelTable {
    get name(): string {
      return this.read('name');
    }
    takeName(): void {
      this.deliver('name', this.need().table.name);
    }
    getRange(): ExcelRange {
      return new Range(this.context, () => {
        const { sheet, table } = this.need();
        return rangeOn(sheet, table.box);
      });
    }
  }

  class Range extends ProxyObject<RangeTarget> implements ExcelRange {
    readonly format: ExcelRangeFormat;

    constructor(context: Context, resolve?: () => RangeTarget | null, target?: RangeTarget) {
      super(context, resolve, target);
      const readBold = () => this.read<boolean>('format/font/bold');
      const writeBold = (bold: boolean) => this.writeBold(bold);
      const font = {
        get bold(): boolean {
          return readBold();
        },
        set bold(bold: boolean) {
          writeBold(bold);
        },
      };
      this.format = {
        font,
        autofitColumns: () => {
          this.queue(() => {
            const target = this.need();
            double.writes.push({ sheet: target.sheet.name, address: boxAddress(target), property: 'autofitColumns' });
          });
        },
      };
    }

    private writeBold(bold: boolean): void {
      this.loaded.set('format/font/bold', bold);
      this.queue(() => {
        const target = this.need();
        eachCell(target, (row, column) => { storedCell(target.sheet, row, column).bold = bold; });
        double.writes.push({ sheet: target.sheet.name, address: boxAddress(target), property: 'bold', value: bold });
      });
    }

    get values(): (string | number | boolean)[][] {
      return this.read('values');
    }
    set values(values: (string | number | boolean)[][]) {
      this.loaded.set('values', values);
      this.queue(() => {
        const target = this.need();
        checkShape(target, values);
        this.context.requestBytes += jsonBytes(values);
        eachCell(target, (row, column, r, c) => writeValue(target.sheet, row, column, values[r]?.[c] ?? ''));
        double.writes.push({ sheet: target.sheet.name, address: boxAddress(target), property: 'values', value: values });
      });
    }
    get numberFormat(): string[][] {
      return this.read('numberFormat');
    }
    set numberFormat(formats: string[][]) {
      this.loaded.set('numberFormat', formats);
      this.queue(() => {
        const target = this.need();
        checkShape(target, formats);
        this.context.requestBytes += jsonBytes(formats);
        eachCell(target, (row, column, r, c) => { storedCell(target.sheet, row, column).numberFormat = formats[r]?.[c] ?? GENERAL; });
        double.writes.push({ sheet: target.sheet.name, address: boxAddress(target), property: 'numberFormat', value: formats });
      });
    }
    get valueTypes(): readonly (readonly RangeValueType[])[] {
      return this.read('valueTypes');
    }
    get formulas(): readonly (readonly unknown[])[] {
      return this.read('formulas');
    }
    get rowIndex(): number {
      return this.read('rowIndex');
    }
    get columnIndex(): number {
      return this.read('columnIndex');
    }
    get rowCount(): number {
      return this.read('rowCount');
    }
    get columnCount(): number {
      return this.read('columnCount');
    }
    get address(): string {
      return this.read('address');
    }

    load(propertyNames: RangeProperty[]): void {
      this.queue(() => {
        if (this.target === null) return;
        const target = this.need();
        const grid = propertyNames.filter((p) => p === 'values' || p === 'valueTypes' || p === 'numberFormat' || p === 'formulas');
        if (grid.length > 0) {
          this.context.cells += target.rowCount * target.columnCount;
          this.context.cellSheets.add(target.sheet.name);
        }
        const cells = grid.length > 1 ? shownCells(target) : undefined;
        for (const property of propertyNames) this.deliver(property, rangeProperty(target, property, cells));
      });
    }
    /** Loads properties now: for an area that came from a loaded RangeAreas, in the same sync. */
    takeAll(properties: readonly RangeProperty[]): void {
      const target = this.need();
      for (const property of properties) this.deliver(property, rangeProperty(target, property));
    }
    getEntireRow(): ExcelRange {
      return new Range(this.context, () => {
        const target = this.need();
        return { sheet: target.sheet, row: target.row, column: 0, rowCount: target.rowCount, columnCount: COLUMNS };
      });
    }
    getMergedAreasOrNullObject(): ExcelRangeAreas {
      return new RangeAreas(this.context, () => {
        const target = this.need();
        const touching = target.sheet.merges.filter((merge) => intersects(merge, target));
        if (touching.length > maxMerged) throw officeError('GeneralException', `The range holds ${touching.length} merged areas, more than ${maxMerged}.`);
        return touching.length === 0 ? null : touching.map((merge) => ({ sheet: target.sheet, ...merge }));
      });
    }
    getSpecialCellsOrNullObject(cellType: 'Visible'): ExcelRangeAreas {
      return new RangeAreas(this.context, () => {
        const target = this.need();
        if (cellType !== 'Visible') throw officeError('NotImplemented', `The double knows only the special cells "Visible", not "${String(cellType)}".`);
        const areas: RangeTarget[] = [];
        for (let row = target.row; row < target.row + target.rowCount; row += 1) {
          if (target.sheet.hiddenRows.has(row)) continue;
          const last = areas[areas.length - 1];
          if (last !== undefined && last.row + last.rowCount === row) last.rowCount += 1;
          else areas.push({ sheet: target.sheet, row, column: target.column, rowCount: 1, columnCount: target.columnCount });
        }
        return areas.length === 0 ? null : areas;
      });
    }
    select(): void {
      this.queue(() => {
        const target = this.need();
        if (target.sheet.visibility !== 'Visible') throw officeError('InvalidOperation', `The sheet "${target.sheet.name}" is hidden.`);
        const address = boxAddress(target);
        target.sheet.selected = address;
        double.activeSheet = target.sheet.name;
        double.selected = address;
      });
    }
  }

  class RangeAreas extends ProxyObject<RangeTarget[]> implements ExcelRangeAreas {
    get areas(): { readonly items: readonly ExcelRange[] } {
      const read = () => this.read<ExcelRange[]>('areas');
      return {
        get items() {
          return read();
        },
      };
    }
    load(propertyNames: RangeAreasLoadPath[]): void {
      this.queue(() => {
        if (this.target === null) return;
        const items = this.need().map((area) => {
          const range = new Range(this.context, undefined, area);
          range.takeAll(propertyNames.map((path) => path.slice('areas/items/'.length) as RangeProperty));
          return range;
        });
        this.loaded.set('areas', items);
      });
    }
  }

  return double;
}

function toSheetState(sheet: DoubleSheet): SheetState {
  const cells = new Map<number, Map<number, StoredCell>>();
  sheet.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell === null || cell === undefined) return;
      let inRow = cells.get(r);
      if (inRow === undefined) cells.set(r, (inRow = new Map()));
      inRow.set(c, toStoredCell(cell));
    });
  });
  const merges = (sheet.merged ?? []).map((address) => {
    const box = parseRangeAddress(address);
    if (box === undefined) throw new Error(`not a merged range: ${address}`);
    return box;
  });
  const tables = (sheet.tables ?? []).map((table) => {
    const box = parseRangeAddress(table.range);
    if (box === undefined) throw new Error(`not a table range: ${table.range}`);
    return { name: table.name, box };
  });
  return {
    name: sheet.name,
    visibility: sheet.visibility ?? 'Visible',
    cells,
    merges,
    hiddenRows: new Set((sheet.hiddenRows ?? []).map((row) => row - 1)),
    names: sheet.names ?? [],
    tables,
  };
}

function toStoredCell(cell: NonNullable<DoubleCell>): StoredCell {
  return {
    value: cell.value,
    type: cell.type,
    numberFormat: cell.numberFormat ?? GENERAL,
    ...(cell.formula === undefined ? {} : { formula: cell.formula }),
  };
}

const UTF8 = new TextEncoder();

/** The size of a value as JSON in UTF-8, as it travels between Excel on the web and the add-in. */
function jsonBytes(value: unknown): number {
  return UTF8.encode(JSON.stringify(value)).length;
}

const EMPTY: StoredCell = { value: null, type: 'Empty', numberFormat: GENERAL };

/** A cell as Excel shows it: a cell of a merge other than the top-left one holds no value. */
function shownCell(sheet: SheetState, row: number, column: number): StoredCell {
  const cell = sheet.cells.get(row)?.get(column) ?? EMPTY;
  const merge = sheet.merges.find((m) => contains(m, row, column));
  if (merge !== undefined && (merge.row !== row || merge.column !== column)) {
    return { ...EMPTY, numberFormat: cell.numberFormat, ...(cell.bold === undefined ? {} : { bold: cell.bold }) };
  }
  return cell;
}

function storedCell(sheet: SheetState, row: number, column: number): StoredCell {
  let inRow = sheet.cells.get(row);
  if (inRow === undefined) sheet.cells.set(row, (inRow = new Map()));
  let cell = inRow.get(column);
  if (cell === undefined) inRow.set(column, (cell = { ...EMPTY }));
  return cell;
}

/** The cells of a range as Excel shows them, row by row. */
function shownCells(target: RangeTarget): StoredCell[][] {
  return Array.from({ length: target.rowCount }, (_, r) =>
    Array.from({ length: target.columnCount }, (_, c) => shownCell(target.sheet, target.row + r, target.column + c)));
}

/** A loaded property of a range; `cells` are its shownCells, when the caller has them already. */
function rangeProperty(target: RangeTarget, property: RangeProperty, cells?: StoredCell[][]): unknown {
  const grid = <V>(of: (cell: StoredCell) => V): V[][] => (cells ?? shownCells(target)).map((row) => row.map(of));
  switch (property) {
    case 'values':
      return grid((cell) => cell.value ?? '');
    case 'valueTypes':
      return grid((cell) => cell.type);
    case 'numberFormat':
      return grid((cell) => cell.numberFormat);
    case 'formulas':
      return grid((cell) => cell.formula ?? cell.value ?? '');
    case 'rowIndex':
      return target.row;
    case 'columnIndex':
      return target.column;
    case 'rowCount':
      return target.rowCount;
    case 'columnCount':
      return target.columnCount;
    case 'address':
      return `${quotedSheetName(target.sheet.name)}!${boxAddress(target)}`;
  }
}

/** How Excel reads a string typed into a cell that is not formatted as text (roughly; Norwegian locale). */
function writeValue(sheet: SheetState, row: number, column: number, value: string | number | boolean): void {
  const cell = storedCell(sheet, row, column);
  delete cell.formula;
  const set = (v: StoredCell['value'], type: RangeValueType, formula?: string) => {
    cell.value = v;
    cell.type = type;
    if (formula !== undefined) cell.formula = formula;
  };
  if (typeof value === 'number') return set(value, 'Double');
  if (typeof value === 'boolean') return set(value, 'Boolean');
  if (value === '') return set(null, 'Empty');
  if (cell.numberFormat === '@') return set(value, 'String');
  if (value.startsWith('=')) return set('#VALUE!', 'Error', value);
  if (value.startsWith('+') || value.startsWith('-')) {
    const number = typedNumber(value.slice(1));
    return number === undefined ? set('#VALUE!', 'Error', `=${value}`) : set(value.startsWith('-') ? -number : number, 'Double', `=${value}`);
  }
  const number = typedNumber(value);
  return number === undefined ? set(value, 'String') : set(number, 'Double');
}

/** "1000", "1 000", "12 000,50", "1.5": a number as Excel would take it when typed; else undefined. */
function typedNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,3}( \d{3})*([,.]\d+)?$|^\d+([,.]\d+)?$/.test(trimmed)) return undefined;
  return Number(trimmed.replace(/ /g, '').replace(',', '.'));
}

function checkShape(target: RangeTarget, grid: readonly (readonly unknown[])[]): void {
  if (grid.length !== target.rowCount || grid.some((row) => row.length !== target.columnCount)) {
    throw officeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${boxAddress(target)}).`);
  }
}

function eachCell(target: RangeTarget, visit: (row: number, column: number, r: number, c: number) => void): void {
  for (let r = 0; r < target.rowCount; r += 1) {
    for (let c = 0; c < target.columnCount; c += 1) visit(target.row + r, target.column + c, r, c);
  }
}

function rangeOn(sheet: SheetState, box: Box): RangeTarget {
  const fits = Number.isInteger(box.row) && Number.isInteger(box.column) && box.row >= 0 && box.column >= 0
    && box.rowCount >= 1 && box.columnCount >= 1 && box.row + box.rowCount <= ROWS && box.column + box.columnCount <= COLUMNS;
  if (!fits) throw officeError('InvalidArgument', `The argument is invalid or missing: ${JSON.stringify(box)}.`);
  return { sheet, ...box };
}

function usedBox(sheet: SheetState, valuesOnly: boolean): Box | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const include = (row: number, column: number) => {
    top = Math.min(top, row);
    left = Math.min(left, column);
    bottom = Math.max(bottom, row);
    right = Math.max(right, column);
  };
  for (const [row, inRow] of sheet.cells) {
    for (const column of inRow.keys()) {
      const cell = shownCell(sheet, row, column);
      if (cell.type !== 'Empty' || (!valuesOnly && (cell.numberFormat !== GENERAL || cell.bold === true))) include(row, column);
    }
  }
  if (!valuesOnly) {
    for (const merge of sheet.merges) {
      include(merge.row, merge.column);
      include(merge.row + merge.rowCount - 1, merge.column + merge.columnCount - 1);
    }
  }
  return bottom < 0 ? undefined : { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}

function contains(box: Box, row: number, column: number): boolean {
  return row >= box.row && row < box.row + box.rowCount && column >= box.column && column < box.column + box.columnCount;
}

function intersects(a: Box, b: Box): boolean {
  return a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.column < b.column + b.columnCount && b.column < a.column + a.columnCount;
}

/** The sheet and range of a name's formula when it is one plain reference ("=Feide!$A$1:$B$7"). */
function referenceOf(formula: string): { readonly sheet: string; readonly range: string } | undefined {
  return formula.startsWith('=') ? parseSheetReference(formula.slice(1)) : undefined;
}

/** "A5:A7" or "E3" → a box with 0-based indexes. */
function parseRangeAddress(address: string): Box | undefined {
  const parts = address.split(':');
  const first = parts[0];
  const last = parts[1] ?? first;
  if (first === undefined || last === undefined || parts.length > 2) return undefined;
  const from = parseAddress(first);
  const to = parseAddress(last);
  if (from === undefined || to === undefined || to.row < from.row || to.column < from.column) return undefined;
  return { row: from.row - 1, column: from.column - 1, rowCount: to.row - from.row + 1, columnCount: to.column - from.column + 1 };
}

function boxAddress(box: Box): string {
  const first = cellAddress(box.column + 1, box.row + 1);
  const last = cellAddress(box.column + box.columnCount, box.row + box.rowCount);
  return first === last ? first : `${first}:${last}`;
}

/** Excel quotes a sheet name in an address unless it is letters, digits, _ and . only. */
function quotedSheetName(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function validSheetName(name: string): boolean {
  return name.length >= 1 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !name.startsWith("'") && !name.endsWith("'");
}
