import * as fs from 'fs';
import * as path from 'path';
import { rawWorkbook, smallSheets, type SheetRows } from '../../../test/helpers/raw-workbook-builder';
import { parseAddress } from '../workbook/address';
import { analyseWorkbook } from '../pipeline';
import { ALL_CHECKS } from './all-checks';
import type { Check } from './check';

const CHECKS_DIR = __dirname;

/** The source file in this folder that exports `check`. */
async function sourceFileOf(check: Check): Promise<string | undefined> {
  const files = fs.readdirSync(CHECKS_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'all-checks.ts');
  for (const file of files) {
    const exports = (await import(path.join(CHECKS_DIR, file))) as Record<string, unknown>;
    if (Object.values(exports).includes(check)) return file;
  }
  return undefined;
}

/** A workbook with one defect of many kinds at once. */
function manyDefects(): Record<string, SheetRows> {
  const sheets = smallSheets();
  sheets.Oppsett![2]![1] = 1999; // invalid-setting B3
  sheets.Oppsett!.push(['Farge', 'blå']); // unknown-setting A6
  sheets.Ansvar![2]![2] = 25699999; // unknown-fond C3
  sheets.Ansvar!.push([1000, 'Dobbel', null, null]); // duplicate-ansvar A4
  sheets.Ansvar!.push([1200, 'Prosjekt', null, null]); // ansvar-without-ledger A5
  sheets.Ansvar!.push([1300, null, null, null]); // missing-text B6
  sheets.Regnskap![1]![4] = 60001; // unbalanced-budget E1
  sheets.Regnskap![2]![2] = { kind: 'merged', master: 'C2' }; // merged-cells C2
  sheets.Regnskap![2]![3] = '12 000,50'; // invalid-amount D3
  sheets.Regnskap![3]![0] = 7777; // unknown-ansvar A4 (row 4 is hidden: hidden-content A4)
  sheets.Regnskap![4]![1] = '12'; // invalid-code B5
  sheets.Regnskap!.push(['Sum', null, null, null, 2]); // subtotal-mismatch E6 (column D has an unreadable amount, so D is not compared)
  sheets.Fond![2]![5] = 5001; // fund-balance F3
  sheets.Fond!.push([25690001, 'Kopi', 0, 0, 0, 0]); // duplicate-fond A4
  sheets['Vedtatte avsetninger']![1]![0] = 25699998; // unknown-fond A2; the sheet is hidden: hidden-content
  sheets.Refusjon = [['Kommune'], ['Lierne']]; // missing-column A1
  sheets.Styre = [['Navn', 'Rolle', 'Name'], ['Kari Nordmann', 'Leder', 'x']]; // duplicate-column C1
  return sheets;
}

describe('ALL_CHECKS', () => {
  it('has a unique code for every check', () => {
    const codes = ALL_CHECKS.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((c) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(c))).toBe(true);
  });

  it('has a test file beside every registered check', async () => {
    const missing: string[] = [];
    for (const check of ALL_CHECKS) {
      const file = await sourceFileOf(check);
      if (file === undefined) missing.push(`${check.code}: no source file in ${CHECKS_DIR}`);
      else if (!fs.existsSync(path.join(CHECKS_DIR, file.replace(/\.ts$/, '.test.ts')))) missing.push(`${check.code}: ${file}`);
    }
    expect(missing).toEqual([]);
  });

  it('reports many defects at once, in reading order', () => {
    const analysis = analyseWorkbook(rawWorkbook(manyDefects(), {
      hiddenSheets: ['Vedtatte avsetninger'],
      hiddenRows: { Regnskap: [4] },
    }));
    expect(analysis.findings.map((f) => [f.code, f.location.sheet, f.location.cell ?? ''])).toEqual([
      ['invalid-setting', 'Oppsett', 'B3'],
      ['unknown-setting', 'Oppsett', 'A6'],
      ['unknown-fond', 'Ansvar', 'C3'],
      ['duplicate-ansvar', 'Ansvar', 'A4'],
      ['ansvar-without-ledger', 'Ansvar', 'A5'],
      ['missing-text', 'Ansvar', 'B6'],
      ['unbalanced-budget', 'Regnskap', 'E1'],
      ['merged-cells', 'Regnskap', 'C2'],
      ['invalid-amount', 'Regnskap', 'D3'],
      ['hidden-content', 'Regnskap', 'A4'],
      ['unknown-ansvar', 'Regnskap', 'A4'],
      ['invalid-code', 'Regnskap', 'B5'],
      ['subtotal-mismatch', 'Regnskap', 'E6'],
      ['fund-balance', 'Fond', 'F3'],
      ['duplicate-fond', 'Fond', 'A4'],
      ['hidden-content', 'Vedtatte avsetninger', ''],
      ['unknown-fond', 'Vedtatte avsetninger', 'A2'],
      ['missing-column', 'Refusjon', 'A1'],
      ['duplicate-column', 'Styre', 'C1'],
    ]);
    expect(analysis.ok).toBe(false);
    expect(analysis.findings.every((f) => f.message !== '' && f.hint !== '')).toBe(true);
    // reading order, checked independently: sheet order of the workbook, then row, then column
    const order = Object.keys(manyDefects());
    const key = (f: (typeof analysis.findings)[number]) => {
      const at = f.location.cell === undefined ? undefined : parseAddress(f.location.cell);
      return [order.indexOf(f.location.sheet), at?.row ?? 0, at?.column ?? 0];
    };
    const keys = analysis.findings.map(key);
    const sorted = [...keys].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!);
    expect(keys).toEqual(sorted);
  });

  it('puts findings about missing sheets first', () => {
    const sheets = smallSheets();
    delete sheets.Fond;
    sheets.Oppsett![2]![1] = 'abc';
    const analysis = analyseWorkbook(rawWorkbook(sheets));
    expect(analysis.findings.map((f) => [f.code, f.location.sheet, f.location.cell ?? ''])).toEqual([
      ['missing-sheet', 'Fond', ''],
      ['invalid-setting', 'Oppsett', 'B3'],
    ]);
  });
});
