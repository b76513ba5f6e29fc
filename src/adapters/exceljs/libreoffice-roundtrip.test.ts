import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { CellValue, RawWorkbook } from '../../core/workbook/raw-workbook';
import { exceljsFileSource } from './exceljs-source';

/**
 * The kitchen-sink workbook as exceljs wrote it, and the same file saved by LibreOffice
 * (made by scripts/make-kitchen-sink-fixture.ts). Both must read to the same RawWorkbook.
 */
const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures');
const EXCELJS_FILE = join(FIXTURES, 'kitchen-sink.exceljs.xlsx');
const LIBREOFFICE_FILE = join(FIXTURES, 'kitchen-sink.libreoffice.xlsx');
const LEDGER = 'Økonomi æøå';

function cellAt(raw: RawWorkbook, sheet: string, address: string): CellValue | undefined {
  const rows = raw.sheets.find((s) => s.name === sheet)?.rows ?? [];
  return rows.flatMap((row) => row.cells).find((cell) => cell.address === address)?.value;
}

/** The workbook with one cell's value replaced. */
function withCell(raw: RawWorkbook, sheet: string, address: string, value: CellValue): RawWorkbook {
  return {
    sheets: raw.sheets.map((s) => s.name !== sheet ? s : {
      ...s,
      rows: s.rows.map((row) => ({ ...row, cells: row.cells.map((cell) => (cell.address === address ? { ...cell, value } : cell)) })),
    }),
  };
}

async function loadWithExceljs(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return workbook;
}

describe('a workbook saved by LibreOffice reads like the one exceljs wrote', () => {
  let fromExceljs: RawWorkbook;
  let fromLibreOffice: RawWorkbook;

  beforeAll(async () => {
    fromExceljs = await exceljsFileSource(EXCELJS_FILE).read();
    fromLibreOffice = await exceljsFileSource(LIBREOFFICE_FILE).read();
  });

  it('reads every kind of cell the same, except a formula exceljs left without a result', () => {
    // exceljs wrote F10 (=C2+C3) without a cached result; LibreOffice computes and stores one.
    expect(cellAt(fromExceljs, LEDGER, 'F10')).toEqual({ kind: 'no-cached-result', formula: '=C2+C3' });
    expect(cellAt(fromLibreOffice, LEDGER, 'F10')).toEqual({ kind: 'number', value: 326319.06 });
    expect(withCell(fromLibreOffice, LEDGER, 'F10', { kind: 'no-cached-result', formula: '=C2+C3' })).toEqual(fromExceljs);
  });

  it.each([
    ['C2', { kind: 'number', value: 1234.56 }],
    ['B3', { kind: 'text', value: '12 000,50' }],
    ['D2', { kind: 'number', value: 2469.12 }],
    ['C5', { kind: 'number', value: 326329.31 }],
    ['E2', { kind: 'date', iso: '2017-12-31' }],
    ['E3', { kind: 'date', iso: '2017-06-30T12:30:00.000Z' }],
    ['F2', { kind: 'boolean', value: true }],
    ['F3', { kind: 'boolean', value: false }],
    ['A7', { kind: 'text', value: 'Sammenslått tittel' }],
    ['C8', { kind: 'merged', master: 'A7' }],
    ['A10', { kind: 'error', code: '#N/A' }],
    ['B10', { kind: 'error', code: '#DIV/0!' }],
    ['C10', { kind: 'number', value: 0 }],
    ['D10', { kind: 'boolean', value: false }],
    ['E10', { kind: 'text', value: '' }],
    ['A12', { kind: 'text', value: 'Fet og vanlig' }],
    ['B12', { kind: 'text', value: 'Vedtak' }],
    ['C12', { kind: 'text', value: '   ' }],
  ] as const)('%s reads as expected in both files', (address, expected) => {
    expect(cellAt(fromExceljs, LEDGER, address)).toEqual(expected);
    expect(cellAt(fromLibreOffice, LEDGER, address)).toEqual(expected);
  });

  it('keeps hidden rows and hidden sheets hidden', () => {
    for (const raw of [fromExceljs, fromLibreOffice]) {
      expect(raw.sheets.map((sheet) => [sheet.name, sheet.hidden])).toEqual([
        [LEDGER, false],
        ['Skjult ark', true],
        ['Svært skjult', true],
      ]);
      const ledger = raw.sheets[0]?.rows ?? [];
      expect(ledger.filter((row) => row.hidden).map((row) => row.row)).toEqual([4]);
      expect(ledger.map((row) => row.row)).toEqual([1, 2, 3, 4, 5, 7, 8, 10, 12]);
    }
  });

  // What LibreOffice writes differently, measured on the committed file. None of it shows in
  // the RawWorkbook; these expectations say where it would if the adapter stopped coping.
  describe('how LibreOffice stores what exceljs wrote', () => {
    let libreOffice: ExcelJS.Workbook;
    beforeAll(async () => {
      libreOffice = await loadWithExceljs(LIBREOFFICE_FILE);
    });

    it('has no veryHidden: it saves such a sheet as hidden', () => {
      expect(libreOffice.getWorksheet('Svært skjult')?.state).toBe('hidden');
    });

    it('stores a constant TRUE as the formula TRUE() and a constant #N/A as the formula #N/A', () => {
      const ledger = libreOffice.getWorksheet(LEDGER);
      expect(ledger?.getCell('F2').formula).toBe('TRUE()');
      expect(ledger?.getCell('A10').formula).toBe('#N/A');
    });
  });
});
