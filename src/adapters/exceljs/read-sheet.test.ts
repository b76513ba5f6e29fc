import ExcelJS from 'exceljs';
import type { RawWorkbook } from '../../core/workbook/raw-workbook';
import { exceljsBufferSource } from './exceljs-source';

async function readBack(build: (workbook: ExcelJS.Workbook) => void): Promise<RawWorkbook> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return exceljsBufferSource(new Uint8Array(await workbook.xlsx.writeBuffer())).read();
}

describe('readSheet', () => {
  it('gives the sheets in tab order, with their names and whether they are hidden', async () => {
    const raw = await readBack((workbook) => {
      workbook.addWorksheet('Oppsett').getCell('A1').value = 'Selskap';
      workbook.addWorksheet('Skjult', { state: 'hidden' }).getCell('A1').value = 1;
      workbook.addWorksheet('Svært skjult', { state: 'veryHidden' }).getCell('A1').value = 2;
      workbook.addWorksheet('Tomt ark æøå');
    });
    expect(raw.sheets.map((sheet) => [sheet.name, sheet.hidden])).toEqual([
      ['Oppsett', false],
      ['Skjult', true],
      ['Svært skjult', true],
      ['Tomt ark æøå', false],
    ]);
    expect(raw.sheets[3]?.rows).toEqual([]);
  });

  it('keeps only rows and cells that hold something, in order, with A1 addresses', async () => {
    const raw = await readBack((workbook) => {
      const sheet = workbook.addWorksheet('Regnskap');
      sheet.getCell('C2').value = 'Ansvar';
      sheet.getCell('AA2').value = 1000;
      sheet.getCell('B2').style = { font: { bold: true } }; // formatted, but empty
      sheet.getRow(3).height = 30; // a row with a height, but no cells
      sheet.getCell('D4').style = { numFmt: '0.00' }; // a row with only an empty formatted cell
      sheet.getCell('A5').value = 1.5;
    });
    expect(raw.sheets[0]?.rows).toEqual([
      {
        row: 2,
        hidden: false,
        cells: [
          { column: 3, address: 'C2', value: { kind: 'text', value: 'Ansvar' } },
          { column: 27, address: 'AA2', value: { kind: 'number', value: 1000 } },
        ],
      },
      { row: 5, hidden: false, cells: [{ column: 1, address: 'A5', value: { kind: 'number', value: 1.5 } }] },
    ]);
  });

  it('marks hidden rows', async () => {
    const raw = await readBack((workbook) => {
      const sheet = workbook.addWorksheet('Regnskap');
      sheet.addRows([['synlig'], ['skjult'], ['synlig']]);
      sheet.getRow(2).hidden = true;
    });
    expect(raw.sheets[0]?.rows.map((row) => [row.row, row.hidden])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ]);
  });

  it('keeps a row covered by a merge whose master is in a row above', async () => {
    const raw = await readBack((workbook) => {
      const sheet = workbook.addWorksheet('Ansvar');
      sheet.getCell('A1').value = 'Tittel';
      sheet.mergeCells('A1:B2');
    });
    expect(raw.sheets[0]?.rows).toEqual([
      {
        row: 1,
        hidden: false,
        cells: [
          { column: 1, address: 'A1', value: { kind: 'text', value: 'Tittel' } },
          { column: 2, address: 'B1', value: { kind: 'merged', master: 'A1' } },
        ],
      },
      {
        row: 2,
        hidden: false,
        cells: [
          { column: 1, address: 'A2', value: { kind: 'merged', master: 'A1' } },
          { column: 2, address: 'B2', value: { kind: 'merged', master: 'A1' } },
        ],
      },
    ]);
  });
});
