import { createExcelDouble, type DoubleWorkbook } from '../../../test/office-double/excel-double';
import { AMOUNT_FORMAT, freeSheetName, writeResultsSheet } from './write-results-sheet';

const NAME = 'Årsmelding-resultater';

const workbook = (): DoubleWorkbook => ({
  sheets: [
    { name: 'Oppsett', rows: [[{ value: 'Selskap', type: 'String' }, { value: 'IKT Indre Namdal IKS', type: 'String' }]] },
    { name: 'Regnskap', rows: [[{ value: 'Ansvar', type: 'String' }], [{ value: 1000, type: 'Double', numberFormat: '0' }]], merged: ['A5:B5'] },
  ],
});

const ROWS = [
  ['Årsmelding 2017 – IKT Indre Namdal IKS'],
  [],
  ['Ansvar', 'Navn', 'Regnskap', 'Avvik %'],
  ['1000', '=SUM(A1)', 54300, '9,5 %'],
  ['+47', '-5 kr', -1916609, '–'],
] as const;

describe('writeResultsSheet', () => {
  it('adds a new sheet, then "(2)", "(3)" … when the name is taken, and returns the name used', async () => {
    const double = createExcelDouble(workbook());
    expect(await writeResultsSheet(double, NAME, ROWS)).toBe(NAME);
    expect(await writeResultsSheet(double, NAME, ROWS)).toBe(`${NAME} (2)`);
    expect(await writeResultsSheet(double, NAME, ROWS)).toBe(`${NAME} (3)`);
    expect(double.sheetNames()).toEqual(['Oppsett', 'Regnskap', NAME, `${NAME} (2)`, `${NAME} (3)`]);
    expect(double.addedSheets).toEqual([NAME, `${NAME} (2)`, `${NAME} (3)`]);
    expect(double.activeSheet).toBe(`${NAME} (3)`);
  });

  it('never changes an existing sheet', async () => {
    const double = createExcelDouble(workbook());
    const before = ['A1', 'B1', 'A2', 'A5', 'B5'].map((a) => [double.cellAt('Oppsett', a), double.cellAt('Regnskap', a)]);
    await writeResultsSheet(double, NAME, ROWS);
    await writeResultsSheet(double, 'regnskap', ROWS);
    expect(['A1', 'B1', 'A2', 'A5', 'B5'].map((a) => [double.cellAt('Oppsett', a), double.cellAt('Regnskap', a)])).toEqual(before);
    expect(double.writes.every((write) => write.sheet === NAME || write.sheet === 'regnskap (2)')).toBe(true);
  });

  it('compares names without regard to case, as Excel does, and keeps within 31 characters', async () => {
    const double = createExcelDouble({ sheets: [{ name: NAME.toUpperCase(), rows: [] }] });
    expect(await writeResultsSheet(double, NAME, ROWS)).toBe(`${NAME} (2)`);
    expect(freeSheetName('Årsmelding-resultater for 2017 x', [])).toBe('Årsmelding-resultater for 2017 x');
    expect(freeSheetName('Årsmelding-resultater for 2017', ['Årsmelding-resultater for 2017'])).toBe('Årsmelding-resultater for 2 (2)');
    expect(await writeResultsSheet(double, 'Resultat: 2017/18 [utkast]', [['x']])).toBe('Resultat- 2017-18 -utkast-');
  });

  it('writes text as text, even "=SUM(A1)", "+47", "-5 kr" and "1000": format "@" before the value', async () => {
    const double = createExcelDouble(workbook());
    await writeResultsSheet(double, NAME, ROWS);
    for (const [address, text] of [['B4', '=SUM(A1)'], ['A5', '+47'], ['B5', '-5 kr'], ['A4', '1000'], ['D4', '9,5 %'], ['A3', 'Ansvar']] as const) {
      expect(double.cellAt(NAME, address)).toEqual({ value: text, type: 'String', numberFormat: '@', bold: false });
    }
    const formatAt = double.writes.findIndex((w) => w.sheet === NAME && w.property === 'numberFormat');
    const valuesAt = double.writes.findIndex((w) => w.sheet === NAME && w.property === 'values');
    expect(formatAt).toBeGreaterThanOrEqual(0);
    expect(formatAt).toBeLessThan(valuesAt);
    expect(double.writes[formatAt]?.address).toBe(double.writes[valuesAt]?.address);
  });

  it('writes numbers as numbers with the thousands format, makes the first row bold and fits the columns', async () => {
    const double = createExcelDouble(workbook());
    await writeResultsSheet(double, NAME, ROWS);
    expect(AMOUNT_FORMAT).toBe('#,##0');
    expect(double.cellAt(NAME, 'C4')).toEqual({ value: 54300, type: 'Double', numberFormat: '#,##0', bold: false });
    expect(double.cellAt(NAME, 'C5')).toEqual({ value: -1916609, type: 'Double', numberFormat: '#,##0', bold: false });
    expect(double.cellAt(NAME, 'A1')).toEqual({ value: 'Årsmelding 2017 – IKT Indre Namdal IKS', type: 'String', numberFormat: '@', bold: true });
    // Cells the rows do not reach stay empty.
    expect(double.cellAt(NAME, 'D1')).toEqual({ value: null, type: 'Empty', numberFormat: 'General', bold: true });
    expect(double.cellAt(NAME, 'A2')).toEqual({ value: null, type: 'Empty', numberFormat: 'General', bold: false });
    expect(double.writes.filter((w) => w.sheet === NAME).map((w) => [w.property, w.address])).toEqual([
      ['numberFormat', 'A1:D5'],
      ['values', 'A1:D5'],
      ['bold', 'A1:D1'],
      ['autofitColumns', 'A1:D5'],
    ]);
  });

  it('does it all in two round trips to Excel', async () => {
    const double = createExcelDouble(workbook());
    await writeResultsSheet(double, NAME, ROWS);
    expect(double.syncs).toBe(2);
  });

  it('adds an empty sheet for no rows', async () => {
    const double = createExcelDouble(workbook());
    expect(await writeResultsSheet(double, NAME, [])).toBe(NAME);
    expect(double.writes).toEqual([]);
  });
});
