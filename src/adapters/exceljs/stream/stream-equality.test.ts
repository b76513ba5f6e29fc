/**
 * The fast path (the ledger sheet streamed) against the simple path (exceljs' full reader for
 * everything), on the committed fixtures and on workbooks made here with every kind of cell a
 * ledger may hold, written by exceljs and by hand (the shapes other programs write). Both must
 * give the same findings, model and figures, or refuse in the same words. The catalogue
 * (test/catalogue) makes the same comparison for each of its cases.
 */
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { readFileSync } from 'fs';
import { join } from 'path';
import { bothReadings } from '../../../../test/helpers/readers-agree';
import { smallSheets } from '../../../../test/helpers/raw-workbook-builder';
import { exceljsBufferSource } from '../exceljs-source';
import { analyseSource } from '../../../core/pipeline';

const ROOT = join(__dirname, '..', '..', '..', '..');

async function expectAgree(bytes: Uint8Array): Promise<void> {
  const { simple, streamed } = await bothReadings(bytes);
  expect(streamed).toEqual(simple);
}

type Value = ExcelJS.CellValue;

/** smallSheets() written by exceljs, with `edit` applied to the workbook before writing. */
async function workbook(edit: (book: ExcelJS.Workbook) => void = () => undefined, ledgerRows: Value[][] = []): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(smallSheets())) {
    const sheet = book.addWorksheet(name);
    for (const row of [...rows, ...(name === 'Regnskap' ? ledgerRows : [])]) sheet.addRow(row as Value[]);
  }
  edit(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const ledger = (book: ExcelJS.Workbook): ExcelJS.Worksheet => {
  const sheet = book.getWorksheet('Regnskap');
  if (sheet === undefined) throw new Error('no Regnskap');
  return sheet;
};

/** The workbook with the Regnskap sheet's XML part replaced (sheet3: Oppsett, Ansvar, Regnskap, …). */
function withLedgerXml(bytes: Uint8Array, sheetData: string, extra = ''): Uint8Array {
  const files = unzipSync(bytes);
  files['xl/worksheets/sheet3.xml'] = strToU8('<?xml version="1.0" encoding="UTF-8"?>\n'
    + `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${sheetData}${extra}</worksheet>`);
  return zipSync(files);
}

const HEADER = '<row r="1"><c r="A1" t="inlineStr"><is><t>Ansvar</t></is></c><c r="B1" t="inlineStr"><is><t>Art</t></is></c>'
  + '<c r="C1" t="inlineStr"><is><t>Funksjon</t></is></c><c r="D1" t="inlineStr"><is><t>Regnskap</t></is></c>'
  + '<c r="E1" t="inlineStr"><is><t>Regulert budsjett</t></is></c></row>';

describe('the streamed ledger reads like exceljs', () => {
  it.each([
    'examples/ikt-indre-namdal-2017.xlsx',
    'test/fixtures/ikt-indre-namdal-2017.libreoffice.xlsx',
    'test/fixtures/kitchen-sink.exceljs.xlsx',
    'test/fixtures/kitchen-sink.libreoffice.xlsx',
  ])('on %s', async (file) => {
    await expectAgree(readFileSync(join(ROOT, file)));
  });

  it('on the valid small workbook', async () => {
    await expectAgree(await workbook());
  });

  it('on cells of every kind in the ledger (dates, errors, booleans, formulas, rich text, hyperlinks)', async () => {
    await expectAgree(await workbook((book) => {
      const sheet = ledger(book);
      sheet.getCell('D2').value = new Date(Date.UTC(2017, 11, 31));
      sheet.getCell('D3').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
      sheet.getCell('E3').value = true;
      sheet.getCell('D4').value = { formula: 'SUM(E2:E3)' } as ExcelJS.CellFormulaValue;
      sheet.getCell('E4').value = { formula: 'E2*2', result: 120000 } as ExcelJS.CellFormulaValue;
      sheet.getCell('C5').value = { richText: [{ text: '1' }, { text: '2', font: { bold: true } }, { text: '0' }] };
      sheet.getCell('F5').value = { text: 'lenke', hyperlink: 'https://example.no' };
      sheet.getCell('F1').value = 'Tekst';
      sheet.getCell('F2').value = 'A & B <c> "d" \u00e6\u00f8\u00e5';
      sheet.getCell('F3').value = { formula: 'IF(1>0,"","x")', result: '' } as ExcelJS.CellFormulaValue;
    }));
  });

  it('on hidden rows, a hidden ledger sheet and a date-formatted amount', async () => {
    await expectAgree(await workbook((book) => {
      const sheet = ledger(book);
      sheet.getRow(3).hidden = true;
      sheet.state = 'hidden';
      sheet.getCell('D2').numFmt = 'dd.mm.yyyy';
      sheet.getCell('E2').numFmt = '#,##0.00;[Red]-#,##0.00';
    }));
  });

  it('on merged ranges (the rows are read again once the ranges, listed last, are known)', async () => {
    await expectAgree(await workbook((book) => {
      ledger(book).mergeCells('D2:D3');
      ledger(book).mergeCells('A10:C11');
    }, [[1100, 11200, 120, 0, 0], [null, null, null, null, null], [null, null, null, null, null]]));
  });

  it('on subtotal rows and unknown ansvar', async () => {
    await expectAgree(await workbook(() => undefined, [['Sum', null, null, 80000.5, 0], [4242, 10100, 120, 1, 1], [4242, 10100, 120, 2, 2]]));
  });

  it('on XML written by hand: inline strings, entities, escapes, shared formulas, phonetic runs', async () => {
    const rows = [
      HEADER,
      '<row r="2"><c r="A2"><v>1000</v></c><c r="B2"><v>10100</v></c><c r="C2"><v>120</v></c><c r="D2"><v>50000.5</v></c><c r="E2"><v>60000</v></c></row>',
      '<row r="3" spans="1:5" ht="15" hidden="true"><c r="A3"><v>1000</v></c><c r="B3" s="0"><v>17500</v></c><c r="C3"><v>120</v></c>'
        + '<c r="D3"><f t="shared" ref="D3:D4" si="0">E3*1</f><v>-60000</v></c><c r="E3"><v>-60000</v></c></row>',
      '<row r="4"><c r="A4" t="str"><v>1100</v></c><c r="B4"><v>11200</v></c><c r="C4"><v>120</v></c>'
        + '<c r="D4"><f t="shared" si="0"/></c><c r="E4"><v>40000</v></c></row>',
      '<row r="5"><c r="A5"><v>1100</v></c><c r="B5"><v>17500</v></c><c r="C5"><v>120</v></c>'
        + '<c r="D5" t="inlineStr"><is><r><t>se</t></r><r><t xml:space="preserve"> vedlegg_x000D_ &amp; mer</t></r></is></c><c r="E5"><v>-40000</v></c></row>',
      '<row r="6"/>',
      '<row r="7"><c r="A7" t="e"><v>#N/A</v></c><c r="B7" t="b"><v>1</v></c><c r="C7" t="d"><v>2017-12-31</v></c>'
        + '<c r="D7" t="str"><f>"a"&amp;"b"</f><v>a&amp;amp;b</v></c><c r="E7" s="0"><v>1E-2</v></c></row>',
    ].join('');
    await expectAgree(withLedgerXml(await workbook(), `<sheetData>${rows}</sheetData>`, '<mergeCells count="1"><mergeCell ref="E3:E4"/></mergeCells>'));
  });

  it('on a damaged ledger sheet: both refuse it in the same words', async () => {
    const valid = await workbook();
    for (const xml of [
      '<sheetData><row r="1"><c r="A1"><v>1</v>',
      `<sheetData>${HEADER}<row r="2"><c r="A2"><v>1000</c></row></sheetData>`,
      // valid OOXML that exceljs 4.4 cannot read: rows and cells without their r
      `<sheetData>${HEADER}<row><c><v>1000</v></c><c><v>10100</v></c></row></sheetData>`,
    ]) {
      const { simple, streamed } = await bothReadings(withLedgerXml(valid, xml));
      expect(streamed).toEqual(simple);
      expect(streamed).toEqual({ refused: expect.stringMatching(/er skadet eller ikke en gyldig \.xlsx-arbeidsbok/) });
    }
  });

  it('refuses a ledger sheet that is a zip bomb or holds a DTD while streaming it', async () => {
    const files = unzipSync(await workbook());
    const bomb = { ...files, 'xl/worksheets/sheet3.xml': new Uint8Array(30 * 1024 * 1024) };
    const dtd = { ...files, 'xl/worksheets/sheet3.xml': strToU8('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "b">]><worksheet/>') };
    const read = (zip: Uint8Array) => analyseSource(exceljsBufferSource(zip, 'x.xlsx', { streamFrom: 0 }));
    await expect(read(zipSync(bomb, { level: 9 }))).rejects.toThrow(/ganger sin egen størrelse; slike filer \(zip-bomber\)/);
    await expect(read(zipSync(dtd))).rejects.toThrow(/DTD eller entitetsdefinisjon i xl\/worksheets\/sheet3\.xml/);
  });

  it('reports the rows read as it goes', async () => {
    const seen: number[] = [];
    const source = exceljsBufferSource(await workbook(), 'x.xlsx', { streamFrom: 0, onRows: (_sheet, rows) => seen.push(rows) });
    await analyseSource(source);
    expect(seen.at(-1)).toBe(5);
  });
});
