import ExcelJS from 'exceljs';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

export type XlsxCell = ExcelJS.CellValue;

/** Writes sheets given as row arrays to a fresh .xlsx in a temporary folder; returns its path. */
export async function writeXlsx(sheets: Readonly<Record<string, XlsxCell[][]>>, name = 'arbeidsbok.xlsx'): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [sheetName, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(sheetName);
    rows.forEach((row, i) => {
      row.forEach((value, c) => {
        if (value !== null && value !== undefined) sheet.getCell(i + 1, c + 1).value = value;
      });
    });
  }
  const path = join(mkdtempSync(join(tmpdir(), 'arsmelding-')), name);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** Captures what a command prints. */
export function captureOutput() {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    output: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t) },
  };
}
