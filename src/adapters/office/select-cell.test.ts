import { createExcelDouble, type DoubleWorkbook } from '../../../test/office-double/excel-double';
import type { ExcelApi } from './excel-api';
import { selectCell } from './select-cell';

const workbook = (): DoubleWorkbook => ({
  sheets: [
    { name: 'Oppsett', rows: [[{ value: 'Selskap', type: 'String' }]] },
    { name: 'Regnskap', rows: [] },
    { name: 'Skjult', visibility: 'Hidden', rows: [] },
  ],
});

describe('selectCell', () => {
  it('activates the sheet and selects the cell', async () => {
    const double = createExcelDouble(workbook());
    expect(double.activeSheet).toBe('Oppsett');
    expect(await selectCell(double, 'Regnskap', 'E3')).toBe(true);
    expect([double.activeSheet, double.selected]).toEqual(['Regnskap', 'E3']);
  });

  it('selects A1 when the finding names the sheet alone, or a cell that is not an address', async () => {
    const double = createExcelDouble(workbook());
    expect(await selectCell(double, 'Regnskap')).toBe(true);
    expect([double.activeSheet, double.selected]).toEqual(['Regnskap', 'A1']);
    await selectCell(double, 'Oppsett', 'E7');
    expect(await selectCell(double, 'Oppsett', 'e7; drop')).toBe(true);
    expect([double.activeSheet, double.selected]).toEqual(['Oppsett', 'A1']);
  });

  it('finds the sheet whatever the case of its name, as Excel does', async () => {
    const double = createExcelDouble(workbook());
    expect(await selectCell(double, 'REGNSKAP', 'B2')).toBe(true);
    expect([double.activeSheet, double.selected]).toEqual(['Regnskap', 'B2']);
  });

  it('does nothing, and says so, for a sheet that does not exist or is hidden', async () => {
    const double = createExcelDouble(workbook());
    expect(await selectCell(double, 'Fond', 'A1')).toBe(false);
    expect(await selectCell(double, 'Skjult', 'A1')).toBe(false);
    expect([double.activeSheet, double.selected]).toEqual(['Oppsett', undefined]);
  });

  it('resolves to false when Excel refuses, never rejects', async () => {
    const refusing: ExcelApi = { run: () => Promise.reject(Object.assign(new Error('busy'), { code: 'InvalidOperation' })) };
    expect(await selectCell(refusing, 'Regnskap', 'E3')).toBe(false);
  });
});
