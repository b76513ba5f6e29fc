import type { CellValue } from '../../../core/workbook/raw-workbook';
import { constantToCellValue } from '../constant-to-cell-value';
import type { SharedStrings } from './shared-strings';
import { decodeNamedEntitiesAgain, decodeXmlText, textsIn } from './xml-text';

/** What a cell's value needs from the rest of the workbook. */
export interface CellContext {
  readonly sharedStrings: Pick<SharedStrings, 'text'>;
  readonly dateStyles: ReadonlySet<number>;
  readonly date1904: boolean;
  /** A shared formula's text moved from its master cell to `address` (exceljs' slideFormula). */
  readonly slideFormula: (formula: string, from: string, to: string) => string;
}

/** Masters of shared formulas seen so far in the sheet: si → [formula, address]. */
export type SharedFormulas = Map<string, readonly [string, string]>;

const MS_PER_DAY = 24 * 3600 * 1000;

function serialToValue(serial: number, context: CellContext): CellValue | undefined {
  // exceljs' excelToDate
  return constantToCellValue(new Date(Math.round((serial - 25569 + (context.date1904 ? 1462 : 0)) * MS_PER_DAY)));
}

function numberValue(text: string, style: number, context: CellContext): CellValue | undefined {
  const value = parseFloat(text);
  return context.dateStyles.has(style) ? serialToValue(value, context) : constantToCellValue(value);
}

/** XML the fast reader cannot follow; the workbook is then reported as damaged, never guessed. */
export class SheetXmlError extends Error {
  override readonly name = 'SheetXmlError';
}

function elementText(xml: string, from: number, to: number, name: string): string | undefined {
  const open = xml.indexOf(`<${name}`, from);
  if (open < 0 || open >= to) return undefined;
  const tagEnd = xml.indexOf('>', open);
  if (tagEnd < 0 || tagEnd >= to) throw new SheetXmlError(`<${name}> is not closed`);
  if (xml[tagEnd - 1] === '/') return undefined;
  const close = xml.indexOf(`</${name}>`, tagEnd);
  if (close < 0 || close > to) throw new SheetXmlError(`<${name}> is not closed`);
  return close === tagEnd + 1 ? undefined : xml.slice(tagEnd + 1, close);
}

/**
 * The value of one `<c>` element whose content is xml[from, to), exactly as the exceljs
 * adapter gives it for the same cell (see toCellValue and patchFormulaTextResults), or
 * undefined for an empty cell.
 */
export function cellFromXml(
  xml: string, from: number, to: number, type: string | undefined, style: number,
  address: string, context: CellContext, shared: SharedFormulas,
): CellValue | undefined {
  const formulaAt = xml.indexOf('<f', from);
  const hasFormula = formulaAt >= 0 && formulaAt < to;
  const rawValue = elementText(xml, from, to, 'v');
  if (!hasFormula) {
    if (type === 'inlineStr') {
      const inline = xml.indexOf('<is', from);
      return inline < 0 || inline >= to ? undefined : constantToCellValue(textsIn(xml, inline, to));
    }
    if (rawValue === undefined) return undefined;
    switch (type) {
      case 's': {
        const text = context.sharedStrings.text(parseInt(rawValue, 10));
        return text === undefined ? undefined : constantToCellValue(text);
      }
      case 'str': return constantToCellValue(decodeNamedEntitiesAgain(decodeXmlText(rawValue)));
      case 'b': return { kind: 'boolean', value: parseInt(rawValue, 10) !== 0 };
      case 'e': return { kind: 'error', code: decodeXmlText(rawValue) };
      default: return numberValue(decodeXmlText(rawValue), style, context);
    }
  }
  const formula = formulaText(xml, formulaAt, to, address, context, shared);
  if (formula === undefined) return rawValue === undefined ? undefined : numberValue(rawValue, style, context);
  const sawValue = xml.indexOf('<v', from);
  if (rawValue === undefined) {
    // exceljs keeps "" as the cached result of a text formula (patchFormulaTextResults)
    if (type === 'str' && sawValue >= 0 && sawValue < to) return { kind: 'text', value: '' };
    return { kind: 'no-cached-result', formula: `=${formula}` };
  }
  switch (type) {
    case 'str': return constantToCellValue(decodeNamedEntitiesAgain(decodeXmlText(rawValue))) ?? { kind: 'text', value: '' };
    case 'b': return { kind: 'boolean', value: parseInt(rawValue, 10) !== 0 };
    case 'e': return { kind: 'error', code: decodeXmlText(rawValue) };
    default: return numberValue(rawValue, style, context) ?? { kind: 'text', value: '' };
  }
}

/**
 * The formula of a cell whose `<f` starts at `at`, or undefined when the element has neither
 * text nor a `t` attribute (exceljs does not see a formula then). A cell of a shared formula
 * gets the master's formula moved to it; the master is remembered in `shared`.
 */
function formulaText(xml: string, at: number, to: number, address: string, context: CellContext, shared: SharedFormulas): string | undefined {
  const tagEnd = xml.indexOf('>', at);
  const tag = xml.slice(at, tagEnd + 1);
  const selfClosing = xml[tagEnd - 1] === '/';
  const close = selfClosing ? -1 : xml.indexOf('</f>', tagEnd);
  const text = close < 0 || close > to ? '' : decodeXmlText(xml.slice(tagEnd + 1, close));
  const shareType = / t=["']([^"']*)["']/.exec(tag)?.[1];
  const si = / si=["']([^"']*)["']/.exec(tag)?.[1];
  const ref = / ref=["']([^"']*)["']/.exec(tag)?.[1];
  if (text === '' && shareType === undefined) return undefined;
  if (shareType === 'shared' && si !== undefined) {
    if (ref !== undefined) shared.set(si, [text, address]);
    else {
      const master = shared.get(si);
      return master === undefined ? text : context.slideFormula(master[0], master[1], address);
    }
  }
  return text;
}
