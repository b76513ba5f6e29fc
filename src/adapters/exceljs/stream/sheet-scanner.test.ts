import type { RawRow } from '../../../core/workbook/raw-workbook';
import type { CellContext } from './cell-from-xml';
import { SheetScanner } from './sheet-scanner';

const context: CellContext = {
  sharedStrings: { text: (index) => ['Ansvar', 'Sum', undefined][index] },
  dateStyles: new Set([2]),
  date1904: false,
  slideFormula: (formula) => formula,
};

const XML = '<?xml version="1.0"?><worksheet><dimension ref="A1:C6"/><sheetData>'
  + '<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Art</t></is></c></row>'
  + '<row r="2" hidden="1"><c r="A2"><v>1000</v></c><c r="B2" s="1"/><c r="C2" s="2"><v>43100</v></c></row>'
  + '<row r="3"/>'
  + '<row r="4" ht="15"><c r="A4" t="s"><v>1</v></c><c r="B4"><f>SUM(B2:B3)</f></c><c r="C4" t="e"><v>#REF!</v></c></row>'
  + '<row r="6"><c r="A6" t="b"><v>0</v></c><c r="C6" t="str"><v>a &amp; b</v></c></row>'
  + '</sheetData><mergeCells count="1"><mergeCell ref="A6:B7"/></mergeCells></worksheet>';

function readAll(pieces: readonly string[], merges?: readonly string[]): { rows: RawRow[]; merges: readonly string[] } {
  const scanner = new SheetScanner(context, merges);
  const rows = pieces.flatMap((piece) => scanner.push(piece));
  return { rows: [...rows, ...scanner.end()], merges: scanner.merges };
}

describe('SheetScanner', () => {
  const whole = readAll([XML]);

  it('reads rows, cells and their values as the exceljs adapter gives them', () => {
    expect(whole.rows.map((r) => [r.row, r.hidden, r.cells.map((c) => [c.address, c.value])])).toEqual([
      [1, false, [['A1', { kind: 'text', value: 'Ansvar' }], ['B1', { kind: 'text', value: 'Art' }]]],
      [2, true, [['A2', { kind: 'number', value: 1000 }], ['C2', { kind: 'date', iso: '2017-12-31' }]]],
      [4, false, [['A4', { kind: 'text', value: 'Sum' }], ['B4', { kind: 'no-cached-result', formula: '=SUM(B2:B3)' }], ['C4', { kind: 'error', code: '#REF!' }]]],
      [6, false, [['A6', { kind: 'boolean', value: false }], ['C6', { kind: 'text', value: 'a & b' }]]],
    ]);
    expect(whole.merges).toEqual(['A6:B7']);
  });

  it('gives the same rows wherever the XML is cut into pieces', () => {
    for (let cut = 1; cut < XML.length; cut++) {
      expect(readAll([XML.slice(0, cut), XML.slice(cut)])).toEqual(whole);
    }
    expect(readAll([...XML])).toEqual(whole); // one character at a time
  });

  it('applies merged ranges when it is given them: covered cells point at the master, rows the XML lacks are made', () => {
    const { rows } = readAll([XML], ['A6:B7']);
    expect(rows.slice(3).map((r) => [r.row, r.cells.map((c) => [c.address, c.value.kind])])).toEqual([
      [6, [['A6', 'boolean'], ['B6', 'merged'], ['C6', 'text']]],
      [7, [['A7', 'merged'], ['B7', 'merged']]],
    ]);
  });

  it('refuses XML that ends early, a value that is not closed, and rows or cells without r', () => {
    expect(() => readAll([XML.slice(0, XML.indexOf('<row r="6"'))])).toThrow('the sheet ends before </sheetData>');
    expect(() => readAll([XML.replace('<v>1000</v>', '<v>1000')])).toThrow(/not closed/);
    expect(() => readAll([XML.replace('<row r="3"/>', '<row/>')])).toThrow('a row without r');
    expect(() => readAll([XML.replace('<c r="A2">', '<c>')])).toThrow(/without r/);
  });
});
