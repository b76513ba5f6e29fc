import { SharedStrings } from './shared-strings';
import { sharedStringsSubset } from './shared-strings-subset';

const strings = (xml: string) => SharedStrings.fromBytes(Buffer.from(xml));

const SST = '<?xml version="1.0"?>\n<sst xmlns="x" count="9" uniqueCount="4"><si><t>Ansvar</t></si><si><t>ledger only</t></si>'
  + '<si><r><t>rich</t></r><r><rPr><b/></rPr><t xml:space="preserve"> text</t></r></si><si><t>A &amp; B</t></si></sst>';

describe('sharedStringsSubset', () => {
  it('keeps only the strings the other sheets use, renumbered in order of first use, each copied as it is', () => {
    const sheets = new Map([
      ['xl/worksheets/sheet1.xml', '<sheetData><row r="1"><c r="A1" s="2" t="s"><v>3</v></c><c r="B1" t="s"><v>0</v></c><c r="C1"><v>3</v></c></row></sheetData>'],
      ['xl/worksheets/sheet2.xml', '<sheetData><row r="1"><c r="A1" t="s" s="1">\n<v>2</v></c><c r="B1" t="s"><v>3</v></c></row></sheetData>'],
    ]);
    const subset = sharedStringsSubset(strings(SST), sheets);
    expect(Buffer.from(subset?.sharedStrings ?? []).toString()).toBe('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="x" count="3" uniqueCount="3">'
      + '<si><t>A &amp; B</t></si><si><t>Ansvar</t></si><si><r><t>rich</t></r><r><rPr><b/></rPr><t xml:space="preserve"> text</t></r></si></sst>');
    expect([...subset?.sheets.values() ?? []]).toEqual([
      '<sheetData><row r="1"><c r="A1" s="2" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1"><v>3</v></c></row></sheetData>',
      '<sheetData><row r="1"><c r="A1" t="s" s="1">\n<v>2</v></c><c r="B1" t="s"><v>0</v></c></row></sheetData>',
    ]);
  });

  it('reads each string when asked: rich text joined, phonetic runs left out, entities decoded', () => {
    const all = strings('<sst><si><t>Ansvar</t></si><si/><si><r><t>a</t></r><r><t>b</t></r><rPh><t>x</t></rPh></si><si><t>A &amp; B_x000D_</t></si></sst>');
    expect([0, 1, 2, 3, 4, -1].map((i) => all.text(i))).toEqual(['Ansvar', undefined, 'ab', 'A & B\r', undefined, undefined]);
    expect(all.count).toBe(4);
  });

  it('gives up (the workbook goes to exceljs as it is) when a shared-string cell has another shape or a missing index', () => {
    for (const cell of ["<c r=\"A1\" t='s'><v>0</v></c>", '<c r="A1" t="s"><v> 0 </v></c>', '<c r="A1" t="s"><v>9</v></c>']) {
      expect(sharedStringsSubset(strings(SST), new Map([['s.xml', `<sheetData><row r="1">${cell}</row></sheetData>`]]))).toBeUndefined();
    }
    expect(sharedStringsSubset(strings('<sst xmlns="x"/>'), new Map())).toBeUndefined();
  });
});
