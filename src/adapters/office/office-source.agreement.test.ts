/**
 * AGREEMENT: a workbook read through Office.js (here the Excel double, filled the way Excel
 * presents the file) gives what the command line's exceljs adapter gives for the file itself,
 * and so the same findings and figures from the one pipeline.
 *
 * A Node-only test: it imports the exceljs adapter and the file-reading double-from-xlsx,
 * which the browser code of this folder may not.
 */
import { readFileSync } from 'node:fs'; // eslint-disable-line no-restricted-imports -- Node-only test
import { join } from 'node:path'; // eslint-disable-line no-restricted-imports -- Node-only test
import ExcelJS from 'exceljs'; // eslint-disable-line no-restricted-imports -- Node-only test: writes the workbook compared
import { exceljsBufferSource, exceljsFileSource } from '../exceljs/exceljs-source'; // eslint-disable-line no-restricted-imports -- the other adapter, compared with
import { exampleDoubleJson } from '../../../scripts/make-excel-double-fixture';
import { doubleFromXlsx, doubleFromXlsxBytes } from '../../../test/office-double/double-from-xlsx';
import { createExcelDouble, type DoubleWorkbook } from '../../../test/office-double/excel-double';
import { analyseWorkbook } from '../../core/pipeline';
import type { CellValue, RawWorkbook } from '../../core/workbook/raw-workbook';
import { officeWorkbookSource } from './office-source';

const ROOT = join(__dirname, '..', '..', '..');
const EXAMPLE = join(ROOT, 'examples', 'ikt-indre-namdal-2017.xlsx');
const EXAMPLE_DOUBLE = join(ROOT, 'test', 'fixtures', 'ikt-indre-namdal-2017.excel-double.json');
const KITCHEN_SINK = join(ROOT, 'test', 'fixtures', 'kitchen-sink.exceljs.xlsx');
const KITCHEN_SINK_LIBREOFFICE = join(ROOT, 'test', 'fixtures', 'kitchen-sink.libreoffice.xlsx');
const LEDGER = 'Økonomi æøå';

const readThroughOffice = (data: DoubleWorkbook, maxCellsPerRequest?: number): Promise<RawWorkbook> =>
  officeWorkbookSource(createExcelDouble(data), maxCellsPerRequest === undefined ? {} : { maxCellsPerRequest }).read();

function withCell(raw: RawWorkbook, sheet: string, address: string, value: CellValue): RawWorkbook {
  return {
    sheets: raw.sheets.map((s) => s.name !== sheet ? s : {
      ...s,
      rows: s.rows.map((row) => ({ ...row, cells: row.cells.map((cell) => (cell.address === address ? { ...cell, value } : cell)) })),
    }),
  };
}

describe('the example workbook through Office.js and through exceljs', () => {
  let fromExceljs: RawWorkbook;
  let fromOffice: RawWorkbook;
  beforeAll(async () => {
    fromExceljs = await exceljsFileSource(EXAMPLE).read();
    fromOffice = await readThroughOffice(await doubleFromXlsx(EXAMPLE));
  });

  it('gives the same findings, model and figures from analyseWorkbook', () => {
    const viaExceljs = analyseWorkbook(fromExceljs);
    const viaOffice = analyseWorkbook(fromOffice);
    expect(viaOffice.findings).toEqual(viaExceljs.findings);
    expect(viaOffice.model).toEqual(viaExceljs.model);
    expect(viaOffice.figures).toEqual(viaExceljs.figures);
    expect(viaOffice.ok).toBe(true);
    expect(viaOffice.figures.resultat).toBe(285119300n);
  });

  it('gives the same RawWorkbook, also when read in small chunks', async () => {
    expect(fromOffice).toEqual(fromExceljs);
    expect(await readThroughOffice(await doubleFromXlsx(EXAMPLE), 50)).toEqual(fromExceljs);
  });

  it('is what the committed Excel-double fixture holds (scripts/make-excel-double-fixture.ts)', async () => {
    expect(readFileSync(EXAMPLE_DOUBLE, 'utf8')).toBe(await exampleDoubleJson());
  });
});

describe('the kitchen-sink workbook through Office.js and through exceljs', () => {
  /** What Excel calculates for F10 (=C2+C3) on opening; LibreOffice stored the same. */
  const F10 = { value: 326319.06, type: 'Double', formula: '=C2+C3' } as const;

  it('gives the same RawWorkbook but for a formula exceljs wrote without a result, which Excel calculates', async () => {
    const fromExceljs = await exceljsFileSource(KITCHEN_SINK).read();
    const calculated: string[] = [];
    const fromOffice = await readThroughOffice(await doubleFromXlsx(KITCHEN_SINK, {
      calculated: (sheet, address, formula) => {
        calculated.push(`${sheet}!${address} ${formula}`);
        return F10;
      },
    }));
    expect(calculated).toEqual([`${LEDGER}!F10 =C2+C3`]);
    // The one difference: the file has no cached result, so exceljs can only say so; Excel
    // has calculated it when the workbook is open.
    const f10 = (raw: RawWorkbook) => raw.sheets[0]?.rows.flatMap((row) => row.cells).find((cell) => cell.address === 'F10')?.value;
    expect(f10(fromExceljs)).toEqual({ kind: 'no-cached-result', formula: '=C2+C3' });
    expect(f10(fromOffice)).toEqual({ kind: 'number', value: 326319.06 });
    expect(fromOffice).toEqual(withCell(fromExceljs, LEDGER, 'F10', { kind: 'number', value: 326319.06 }));
  });

  it('refuses to guess the value of a formula without a cached result', async () => {
    await expect(doubleFromXlsx(KITCHEN_SINK)).rejects.toThrow(`${LEDGER}!F10: =C2+C3 has no cached result`);
  });

  it('gives exactly the same RawWorkbook for the copy saved by LibreOffice, which stored every result', async () => {
    const fromExceljs = await exceljsFileSource(KITCHEN_SINK_LIBREOFFICE).read();
    const fromOffice = await readThroughOffice(await doubleFromXlsx(KITCHEN_SINK_LIBREOFFICE), 7);
    expect(fromOffice).toEqual(fromExceljs);
  });
});

describe('defined names and Excel tables through Office.js and through exceljs', () => {
  /** Names of the shapes exceljs keeps (one rectangle, one cell, two areas, Excel's own) and a table. */
  async function namedWorkbook(): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Feide').addRows([['Kommune', 'Innlogginger'], ['Grong', 20364], ['Snåsa', 4340]]);
    const other = workbook.addWorksheet("Kari's tall");
    other.addRow(['Fond', 'Beløp']);
    other.addTable({ name: 'Saker', ref: 'D2', headerRow: true, columns: [{ name: 'Enhet' }, { name: 'Saker' }], rows: [['Grong', 731], ['IKTIN', 862]] });
    workbook.definedNames.add('Feide!$A$1:$B$3', 'Innlogginger');
    workbook.definedNames.add("'Kari''s tall'!$B$1", 'Enkeltcelle');
    workbook.definedNames.add('Feide!$A$1', 'ToOmråder');
    workbook.definedNames.add('Feide!$B$3', 'ToOmråder');
    workbook.definedNames.add('Feide!$A$1:$B$3', '_xlnm._FilterDatabase');
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }

  it('gives the same names, each pointing at the same rectangle', async () => {
    const bytes = await namedWorkbook();
    const fromExceljs = await exceljsBufferSource(bytes).read();
    const fromOffice = await readThroughOffice(await doubleFromXlsxBytes(bytes));
    expect(fromOffice).toEqual(fromExceljs);
    expect(fromOffice.names).toEqual([
      { name: 'Enkeltcelle', sheet: "Kari's tall", range: 'B1:B1', kind: 'name' },
      { name: 'Innlogginger', sheet: 'Feide', range: 'A1:B3', kind: 'name' },
      { name: 'Saker', sheet: "Kari's tall", range: 'D2:E4', kind: 'table' },
    ]);
  });
});
