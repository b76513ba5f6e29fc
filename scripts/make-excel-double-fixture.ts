/**
 * Writes test/fixtures/ikt-indre-namdal-2017.excel-double.json: the example workbook
 * (examples/ikt-indre-namdal-2017.xlsx) as an Excel double would present it through Office.js
 * (see test/office-double/double-from-xlsx.ts). The browser test of the task pane loads it into
 * the Excel double. The same workbook gives the same bytes; a jest test
 * (src/adapters/office/office-source.agreement.test.ts) fails when the file is out of date.
 *
 *   npx ts-node --transpile-only scripts/make-excel-double-fixture.ts          write it
 *   npx ts-node --transpile-only scripts/make-excel-double-fixture.ts --check  only compare
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { doubleFromXlsx, doubleWorkbookJson } from '../test/office-double/double-from-xlsx';

const ROOT = join(__dirname, '..');
export const EXAMPLE_WORKBOOK = join(ROOT, 'examples', 'ikt-indre-namdal-2017.xlsx');
export const EXCEL_DOUBLE_FIXTURE = join(ROOT, 'test', 'fixtures', 'ikt-indre-namdal-2017.excel-double.json');

export async function exampleDoubleJson(): Promise<string> {
  return doubleWorkbookJson(await doubleFromXlsx(EXAMPLE_WORKBOOK));
}

async function main(check: boolean): Promise<void> {
  const json = await exampleDoubleJson();
  if (check) {
    let current = '';
    try {
      current = readFileSync(EXCEL_DOUBLE_FIXTURE, 'utf8');
    } catch {
      // missing: reported below
    }
    if (current !== json) {
      process.stderr.write(`${EXCEL_DOUBLE_FIXTURE} is out of date; run scripts/make-excel-double-fixture.ts\n`);
      process.exitCode = 1;
    }
    return;
  }
  writeFileSync(EXCEL_DOUBLE_FIXTURE, json);
  process.stdout.write(`Skrev ${EXCEL_DOUBLE_FIXTURE}\n`);
}

if (require.main === module) {
  main(process.argv.includes('--check')).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
