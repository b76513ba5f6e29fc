import ExcelJS from 'exceljs';
import type { CellValue, RawWorkbook } from '../../core/workbook/raw-workbook';
import { exceljsBufferSource } from './exceljs-source';

/** Builds a workbook with exceljs, writes it to bytes and reads it back through the adapter. */
async function readBack(build: (sheet: ExcelJS.Worksheet) => void): Promise<RawWorkbook> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('Ark'));
  const data = new Uint8Array(await workbook.xlsx.writeBuffer());
  return exceljsBufferSource(data).read();
}

/** The cells of the first sheet by address. */
async function cellsOf(build: (sheet: ExcelJS.Worksheet) => void): Promise<Record<string, CellValue>> {
  const raw = await readBack(build);
  const cells: Record<string, CellValue> = {};
  for (const row of raw.sheets[0]?.rows ?? []) for (const cell of row.cells) cells[cell.address] = cell.value;
  return cells;
}

describe('toCellValue through a written workbook', () => {
  it('reads constants of every kind', async () => {
    const cells = await cellsOf((sheet) => {
      sheet.addRow([1234.56, '12 000,50', true, false, new Date(Date.UTC(2017, 11, 31)), '  ', -0.01]);
    });
    expect(cells).toEqual({
      A1: { kind: 'number', value: 1234.56 },
      B1: { kind: 'text', value: '12 000,50' },
      C1: { kind: 'boolean', value: true },
      D1: { kind: 'boolean', value: false },
      E1: { kind: 'date', iso: '2017-12-31' },
      F1: { kind: 'text', value: '  ' },
      G1: { kind: 'number', value: -0.01 },
    });
  });

  it('reads rich text as the runs joined, and a hyperlink as its text', async () => {
    const cells = await cellsOf((sheet) => {
      sheet.getCell('A1').value = { richText: [{ text: 'Felles' }, { text: 'kostnader', font: { bold: true } }] };
      sheet.getCell('B1').value = { text: 'Vedtak 12/17', hyperlink: 'https://example.org/vedtak' };
    });
    expect(cells).toEqual({ A1: { kind: 'text', value: 'Felleskostnader' }, B1: { kind: 'text', value: 'Vedtak 12/17' } });
  });

  it('reads error values, also as the cached result of a formula', async () => {
    const cells = await cellsOf((sheet) => {
      sheet.getCell('A1').value = { error: '#REF!' };
      sheet.getCell('B1').value = { error: '#DIV/0!' };
      sheet.getCell('C1').value = { error: '#N/A' };
      sheet.getCell('A2').value = { formula: '#REF!+1', result: { error: '#REF!' } };
      sheet.getCell('B2').value = { formula: '1/0', result: { error: '#DIV/0!' } };
      sheet.getCell('C2').value = { formula: 'NA()', result: { error: '#N/A' } };
    });
    expect(cells).toEqual({
      A1: { kind: 'error', code: '#REF!' },
      B1: { kind: 'error', code: '#DIV/0!' },
      C1: { kind: 'error', code: '#N/A' },
      A2: { kind: 'error', code: '#REF!' },
      B2: { kind: 'error', code: '#DIV/0!' },
      C2: { kind: 'error', code: '#N/A' },
    });
  });

  it('reads the cached result of a formula, and says so when there is none', async () => {
    const cells = await cellsOf((sheet) => {
      sheet.getCell('A1').value = 100.5;
      sheet.getCell('A2').value = 200;
      sheet.getCell('A3').value = { formula: 'SUM(A1:A2)', result: 300.5 };
      sheet.getCell('A4').value = { formula: 'SUM(A1:A3)' };
      sheet.getCell('B1').value = { formula: 'A1>0', result: true };
      sheet.getCell('B2').value = { formula: '"kr "&A1', result: 'kr 100,5' };
      sheet.getCell('B3').value = { formula: 'IF(A1>1000,A1,"")', result: '' };
      sheet.getCell('B4').value = { formula: 'DATE(2017,12,31)', result: new Date(Date.UTC(2017, 11, 31)) };
      sheet.getCell('B4').numFmt = 'dd.mm.yyyy';
    });
    expect(cells).toEqual({
      A1: { kind: 'number', value: 100.5 },
      A2: { kind: 'number', value: 200 },
      A3: { kind: 'number', value: 300.5 },
      A4: { kind: 'no-cached-result', formula: '=SUM(A1:A3)' },
      B1: { kind: 'boolean', value: true },
      B2: { kind: 'text', value: 'kr 100,5' },
      B3: { kind: 'text', value: '' },
      B4: { kind: 'date', iso: '2017-12-31' },
    });
  });

  it('keeps a cached result of 0 or false (exceljs leaves them out of cell.value)', async () => {
    const cells = await cellsOf((sheet) => {
      sheet.getCell('A1').value = 5;
      sheet.getCell('A2').value = { formula: 'A1-A1', result: 0 };
      sheet.getCell('A3').value = { formula: 'A1>9', result: false };
    });
    expect(cells['A2']).toEqual({ kind: 'number', value: 0 });
    expect(cells['A3']).toEqual({ kind: 'boolean', value: false });
  });

  it('keeps a text result as text, also empty and also in a date-formatted cell', async () => {
    const cells = await cellsOf((sheet) => {
      sheet.getCell('A1').value = { formula: 'IF(1>2,1,"")', result: '' };
      sheet.getCell('A2').value = { formula: '"ikke en dato"', result: 'ikke en dato' };
      sheet.getCell('A2').numFmt = 'dd.mm.yyyy';
      sheet.getCell('A3').value = { formula: 'IF(1>2,1,"")', result: '' };
      sheet.getCell('A3').numFmt = 'dd.mm.yyyy';
    });
    expect(cells).toEqual({
      A1: { kind: 'text', value: '' },
      A2: { kind: 'text', value: 'ikke en dato' },
      A3: { kind: 'text', value: '' },
    });
  });

  it('reads a shared formula: its cached result, or its own formula text when there is none', async () => {
    const cells = await cellsOf((sheet) => {
      sheet.getCell('A1').value = 1;
      sheet.getCell('A2').value = 2;
      sheet.getCell('A3').value = 3;
      const master = { formula: 'A1*2', result: 2, shareType: 'shared', ref: 'B1:B3' }; // shareType is not in the typings
      sheet.getCell('B1').value = master;
      sheet.getCell('B2').value = { sharedFormula: 'B1', result: 4 };
      sheet.getCell('B3').value = { sharedFormula: 'B1' };
    });
    expect(cells['B1']).toEqual({ kind: 'number', value: 2 });
    expect(cells['B2']).toEqual({ kind: 'number', value: 4 });
    expect(cells['B3']).toEqual({ kind: 'no-cached-result', formula: '=A3*2' });
  });

  it('keeps the value of a merged range in its master only', async () => {
    const cells = await cellsOf((sheet) => {
      sheet.getCell('B2').value = 325084;
      sheet.mergeCells('B2:D3');
      sheet.getCell('F2').style = { font: { bold: true } };
      sheet.mergeCells('F2:G2'); // a merge with an empty master holds nothing
    });
    expect(cells).toEqual({
      B2: { kind: 'number', value: 325084 },
      C2: { kind: 'merged', master: 'B2' },
      D2: { kind: 'merged', master: 'B2' },
      B3: { kind: 'merged', master: 'B2' },
      C3: { kind: 'merged', master: 'B2' },
      D3: { kind: 'merged', master: 'B2' },
    });
  });

  it('gives a date Excel could not draw as an error, never as a number', async () => {
    const cells = await cellsOf((sheet) => {
      sheet.getCell('A1').value = 1e20;
      sheet.getCell('A1').numFmt = 'yyyy-mm-dd';
    });
    expect(cells).toEqual({ A1: { kind: 'error', code: '#####' } });
  });
});
