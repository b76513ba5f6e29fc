import ExcelJS from 'exceljs';

/**
 * Mends how exceljs 4.4.0's full reader reads a formula whose cached result is text. Excel and
 * LibreOffice store it as `<c t="str"><f>…</f><v>text</v></c>`, and exceljs
 * - drops an empty text result (`<v></v>`, from =IF(A1>0;A1;"")): the formula then looks as if
 *   it had no cached result at all, and the adapter would wrongly say so;
 * - turns a text result into a Date (an invalid one) when the cell has a date format.
 * The patch keeps "" as the result and leaves text results alone. It changes exceljs' cell
 * parser for the whole process, once; the tests pin the behaviour, so an exceljs upgrade that
 * changes the parser shows at once.
 */
export function patchFormulaTextResults(): void {
  const proto = cellXformPrototype();
  if (proto.formulaTextResultsPatched === true) return;
  proto.formulaTextResultsPatched = true;

  const { parseOpen, parseClose, reconcile } = proto;
  proto.parseOpen = function (this: CellXform, node: { name: string }): boolean {
    if (this.parser === undefined && (node.name === 'c' || node.name === 'v')) this.sawValue = node.name === 'v';
    return parseOpen.call(this, node);
  };
  proto.parseClose = function (this: CellXform, name: string): boolean {
    const model = this.model;
    const goesOn = parseClose.call(this, name);
    if (name === 'c' && model?.type === FORMULA && this.t === 'str' && this.sawValue === true && model.result === undefined) {
      model.result = '';
    }
    return goesOn;
  };
  proto.reconcile = function (this: CellXform, model: CellModel, options: unknown): void {
    const text = model.type === FORMULA && typeof model.result === 'string' ? model.result : undefined;
    if (text !== undefined) model.result = undefined; // out of reach of the date conversion
    reconcile.call(this, model, options);
    if (text === undefined) return;
    if (model.type === FORMULA) model.result = text;
    else if (model.type === HYPERLINK) model.text = text;
  };
}

const FORMULA = ExcelJS.ValueType.Formula;
const HYPERLINK = ExcelJS.ValueType.Hyperlink;

/** The parts of exceljs' internal CellXform the patch touches. */
interface CellModel {
  type?: number;
  result?: unknown;
  text?: unknown;
}
interface CellXform {
  parser?: unknown;
  model?: CellModel;
  t?: string;
  sawValue?: boolean;
  formulaTextResultsPatched?: boolean;
  parseOpen(node: { name: string }): boolean;
  parseClose(name: string): boolean;
  reconcile(model: CellModel, options: unknown): void;
}

function cellXformPrototype(): CellXform {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- an internal module without types
  const cellXform: unknown = require('exceljs/lib/xlsx/xform/sheet/cell-xform');
  const proto: unknown = typeof cellXform === 'function' ? (cellXform as { prototype: unknown }).prototype : undefined;
  if (!isCellXform(proto)) throw new Error('exceljs har endret CellXform; patch-formula-text-results.ts må ses over.');
  return proto;
}

function isCellXform(value: unknown): value is CellXform {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return ['parseOpen', 'parseClose', 'reconcile'].every((name) => typeof candidate[name] === 'function');
}
