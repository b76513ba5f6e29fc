import ExcelJS from 'exceljs';
import { smallSheets } from '../../../../test/helpers/raw-workbook-builder';
import { planStreaming, STREAM_FROM_BYTES } from './plan-streaming';

async function workbook(names: readonly string[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheets = smallSheets();
  for (const name of names) {
    const sheet = book.addWorksheet(name);
    for (const row of sheets[name] ?? sheets['Regnskap'] ?? []) sheet.addRow(row as ExcelJS.CellValue[]);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('planStreaming', () => {
  it('streams the ledger sheet (found by its name or an alias) only from the size given', async () => {
    const bytes = await workbook(['Oppsett', 'Ansvar', 'Ledger']);
    const plan = planStreaming(bytes, 0);
    expect(plan?.sheetName).toBe('Ledger');
    expect(plan?.entry.name).toBe('xl/worksheets/sheet3.xml');
    expect(planStreaming(bytes, (plan?.entry.declaredSize ?? 0) + 1)).toBeUndefined();
    expect(STREAM_FROM_BYTES).toBe(16 * 1024 * 1024);
  });

  it('leaves everything to the simple path when there is no ledger or the file is not a workbook', async () => {
    expect(planStreaming(await workbook(['Oppsett', 'Ansvar']), 0)).toBeUndefined();
    expect(planStreaming(new Uint8Array([0x50, 0x4b, 3, 4]), 0)).toBeUndefined();
  });
});
