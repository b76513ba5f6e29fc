import ExcelJS from 'exceljs';
import { exceljsBufferSource } from './exceljs-source';

/** A workbook with defined names of every shape exceljs keeps, and an Excel table. */
async function namedWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const feide = workbook.addWorksheet('Feide');
  feide.addRows([['Kommune', 'Innlogginger'], ['Grong', 20364], ['Snåsa', 4340]]);
  feide.pageSetup.printArea = 'A1:B3';
  const other = workbook.addWorksheet('Vedtatte avsetninger');
  other.addRow(['Fond', 'Beløp']);
  other.addTable({ name: 'Saker', ref: 'D2', headerRow: true, columns: [{ name: 'Enhet' }, { name: 'Saker' }], rows: [['Grong', 731], ['IKTIN', 862]] });
  workbook.definedNames.add('Feide!$A$1:$B$3', 'Innlogginger');
  workbook.definedNames.add("'Vedtatte avsetninger'!$B$1", 'Enkeltcelle');
  workbook.definedNames.add('Feide!$A$1', 'ToOmråder');
  workbook.definedNames.add('Feide!$B$3', 'ToOmråder');
  workbook.definedNames.add('Feide!$A$1:$B$3', '_xlnm._FilterDatabase');
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('the exceljs adapter: defined names and Excel tables', () => {
  it('delivers the names of one rectangle and the tables with their whole range, sorted', async () => {
    const raw = await exceljsBufferSource(await namedWorkbook()).read();
    expect(raw.names).toEqual([
      { name: 'Enkeltcelle', sheet: 'Vedtatte avsetninger', range: 'B1:B1', kind: 'name' },
      { name: 'Innlogginger', sheet: 'Feide', range: 'A1:B3', kind: 'name' },
      { name: 'Saker', sheet: 'Vedtatte avsetninger', range: 'D2:E4', kind: 'table' },
    ]);
  });

  it('leaves the property out of a workbook without names', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Oppsett').addRow(['Selskap', 'IKT']);
    const raw = await exceljsBufferSource(new Uint8Array(await workbook.xlsx.writeBuffer())).read();
    expect('names' in raw).toBe(false);
  });
});
