import type { CellValue, RawCell, RawRow } from '../../../core/workbook/raw-workbook';
import { constantToCellValue } from '../constant-to-cell-value';
import { CellTag } from './cell-tag';
import { shortDecimal } from './decimal-text';
import { cellAddress, parseAddress } from '../../../core/workbook/address';
import { cellFromXml, SheetXmlError, type CellContext, type SharedFormulas } from './cell-from-xml';
import { attributeIn } from './xml-text';
import { mergePlan, type MergePlan } from './merge-plan';

/** A cell as the scanner reads it: its address is made only when a finding asks for it. */
class StreamedCell implements RawCell {
  constructor(readonly column: number, private readonly rowNumber: number, readonly value: CellValue) {}

  get address(): string {
    return cellAddress(this.column, this.rowNumber);
  }
}

const isTrue = (value: string | undefined): boolean => value === '1' || value === 'true';
const isTagBoundary = (code: number): boolean => code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;

/**
 * Reads a worksheet's XML as it is inflated, piece by piece, into rows as the exceljs adapter
 * gives them (readSheet): rows that hold at least one value, cells in column order. Only the
 * unfinished row at the end of a piece is carried to the next. Merged ranges are listed after
 * the rows; `merges` holds them at the end, and a scanner given them (a second pass) applies
 * them as exceljs does.
 */
export class SheetScanner {
  private carry = '';
  private state: 'before' | 'rows' | 'after' = 'before';
  private readonly shared: SharedFormulas = new Map();
  private readonly plan: MergePlan | undefined;
  private readonly found: string[] = [];
  private readonly tag = new CellTag();

  constructor(private readonly context: CellContext, knownMerges?: readonly string[]) {
    this.plan = knownMerges === undefined ? undefined : mergePlan(knownMerges);
  }

  /** Merged ranges ("A2:A3") listed after the rows; complete once `end` was called. */
  get merges(): readonly string[] {
    return this.found;
  }

  /** Reads the next piece of the XML; returns the rows it completed. */
  push(piece: string): RawRow[] {
    const rows: RawRow[] = [];
    const xml = this.carry + piece;
    let at = 0;
    if (this.state === 'before') {
      const open = xml.indexOf('<sheetData');
      if (open < 0) {
        this.carry = xml.slice(Math.max(0, xml.length - 16));
        return rows;
      }
      const tagEnd = xml.indexOf('>', open);
      if (tagEnd < 0) {
        this.carry = xml.slice(open);
        return rows;
      }
      this.state = xml[tagEnd - 1] === '/' ? 'after' : 'rows';
      at = tagEnd + 1;
    }
    if (this.state === 'rows') at = this.readRows(xml, at, rows);
    if (this.state === 'after') {
      at = this.readMerges(xml, at);
    }
    this.carry = xml.slice(at);
    return rows;
  }

  /** The rows still owed once the XML has ended (rows that only a merged range makes). */
  end(): RawRow[] {
    if (this.state !== 'after') throw new SheetXmlError('the sheet ends before </sheetData>');
    const rows: RawRow[] = [];
    this.flushMergeRows(Infinity, rows);
    return rows;
  }

  private readRows(xml: string, from: number, rows: RawRow[]): number {
    let at = from;
    for (;;) {
      const open = xml.indexOf('<row', at);
      if (open >= 0 && open + 4 >= xml.length) return open; // "<row" at the very end of the piece
      if (open < 0 || !isTagBoundary(xml.charCodeAt(open + 4))) {
        // no row starts here (or a <rowBreaks>): the rows may have ended before it
        const endData = xml.indexOf('</sheetData>', at);
        if (endData >= 0 && (open < 0 || endData < open)) {
          this.state = 'after';
          return endData + 12;
        }
        if (open < 0) return at;
        at = open + 4;
        continue;
      }
      const tagEnd = xml.indexOf('>', open);
      if (tagEnd < 0) return open;
      const selfClosing = xml.charCodeAt(tagEnd - 1) === 47;
      const close = selfClosing ? tagEnd : xml.indexOf('</row>', tagEnd);
      if (close < 0) return open;
      const tag = this.tag;
      tag.read(xml, open + 4, selfClosing ? tagEnd - 1 : tagEnd);
      if (!tag.plain) this.readRowTagSlowly(xml.slice(open, tagEnd));
      // exceljs 4.4 cannot read a sheet whose rows or cells lack their r (valid, but Excel and
      // LibreOffice always write it); the fast path refuses it too, so both paths agree
      if (tag.row === 0) throw new SheetXmlError('a row without r');
      const number = tag.row;
      const hidden = isTrue(tag.hidden);
      // The cells are read inside a slice: a search for something absent must not run on to
      // the end of the piece (that made reading quadratic).
      const cells = selfClosing ? [] : this.readCells(xml.slice(tagEnd + 1, close), number);
      this.flushMergeRows(number, rows);
      const merged = this.plan === undefined ? cells : this.plan.apply(number, cells);
      if (merged.length > 0) rows.push({ row: number, hidden, cells: merged });
      at = selfClosing ? tagEnd + 1 : close + 6;
    }
  }

  private readCells(xml: string, row: number): RawCell[] {
    const cells: RawCell[] = [];
    let at = 0;
    for (;;) {
      const open = xml.indexOf('<c', at);
      if (open < 0) return cells;
      if (!isTagBoundary(xml.charCodeAt(open + 2))) {
        at = open + 2;
        continue;
      }
      const tagEnd = xml.indexOf('>', open);
      const selfClosing = xml.charCodeAt(tagEnd - 1) === 47;
      const close = selfClosing ? tagEnd : xml.indexOf('</c>', tagEnd);
      if (tagEnd < 0 || close < 0) throw new SheetXmlError(`a cell of row ${row} is not closed`);
      const tag = this.tag;
      tag.read(xml, open + 2, selfClosing ? tagEnd - 1 : tagEnd);
      if (!tag.plain) this.readTagSlowly(xml.slice(open, tagEnd));
      if (tag.column === 0 || tag.row === 0) throw new SheetXmlError(`a cell of row ${row} without r`);
      const column = tag.column;
      at = selfClosing ? tagEnd + 1 : close + 4;
      if (selfClosing) continue;
      const value = this.simpleValue(xml, tagEnd + 1, close) ?? this.valueOf(xml.slice(tagEnd + 1, close), cellAddress(column, tag.row));
      if (value !== undefined) cells.push(new StreamedCell(column, tag.row, value));
    }
  }

  private readRowTagSlowly(tag: string): void {
    this.tag.row = parseInt(attributeIn(tag, 0, tag.length, 'r') ?? '0', 10) || 0;
    this.tag.hidden = attributeIn(tag, 0, tag.length, 'hidden');
  }

  /** The tag's attributes read the general way (entities, odd spacing). */
  private readTagSlowly(tag: string): void {
    const s = attributeIn(tag, 0, tag.length, 's');
    const at = parseAddress(attributeIn(tag, 0, tag.length, 'r')?.toUpperCase() ?? '');
    this.tag.column = at?.column ?? 0;
    this.tag.row = at?.row ?? 0;
    this.tag.t = attributeIn(tag, 0, tag.length, 't');
    this.tag.s = s === undefined ? 0 : parseInt(s, 10);
  }

  /**
   * The common cell, fast: its content is exactly `<v>…</v>` holding a number or a shared
   * string's index. Null when the cell is anything else (cellFromXml reads it then); undefined
   * when it is empty.
   */
  private simpleValue(xml: string, from: number, to: number): CellValue | undefined | null {
    const t = this.tag.t;
    if ((t !== undefined && t !== 's' && t !== 'n') || to - from < 7) return null;
    if (xml.charCodeAt(from) !== 60 || xml.charCodeAt(from + 1) !== 118 || xml.charCodeAt(from + 2) !== 62) return null;
    const end = to - 4;
    if (xml.indexOf('<', from + 3) !== end || xml.charCodeAt(end + 2) !== 118) return null;
    if (t === 's') {
      const raw = xml.slice(from + 3, end);
      if (raw.includes('&')) return null;
      const text = this.context.sharedStrings.text(parseInt(raw, 10));
      return text === undefined ? undefined : constantToCellValue(text);
    }
    if (this.context.dateStyles.has(this.tag.s)) return null;
    const value = shortDecimal(xml, from + 3, end);
    if (value !== undefined) return { kind: 'number', value };
    const raw = xml.slice(from + 3, end);
    return raw.includes('&') ? null : constantToCellValue(parseFloat(raw));
  }

  private valueOf(content: string, address: string): CellValue | undefined {
    return cellFromXml(content, 0, content.length, this.tag.t, this.tag.s, address, this.context, this.shared);
  }

  private readMerges(xml: string, from: number): number {
    let at = from;
    for (;;) {
      const open = xml.indexOf('<mergeCell', at);
      if (open < 0) return Math.max(at, xml.length - 16);
      const tagEnd = xml.indexOf('>', open);
      if (tagEnd < 0) return open;
      if (isTagBoundary(xml.charCodeAt(open + 10))) {
        const ref = attributeIn(xml, open, tagEnd, 'ref');
        if (ref !== undefined && ref.includes(':') && parseAddress(ref.split(':')[0] ?? '') !== undefined) this.found.push(ref);
      }
      at = tagEnd + 1;
    }
  }

  private flushMergeRows(before: number, rows: RawRow[]): void {
    if (this.plan === undefined) return;
    for (const row of this.plan.rowsBefore(before)) rows.push(row);
  }
}
