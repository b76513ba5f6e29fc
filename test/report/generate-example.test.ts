import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/main';
import { smallSheets } from '../helpers/raw-workbook-builder';
import { docxText } from '../helpers/docx-text';
import { expectValidDocx } from '../helpers/validate-ooxml';
import { captureOutput, writeXlsx, type XlsxCell } from '../helpers/write-xlsx';

const EXAMPLE = join(__dirname, '../../examples/ikt-indre-namdal-2017.xlsx');

const run = async (...argv: string[]) => {
  const { out, output } = captureOutput();
  return { code: await main(argv, output), ...out };
};

describe('arsmelding generate on the example workbook with the default template', () => {
  const dir = mkdtempSync(join(tmpdir(), 'arsmelding-report-'));
  const target = join(dir, 'rapport.docx');
  let bytes: Uint8Array;
  let text: string[];

  beforeAll(async () => {
    const r = await run('generate', EXAMPLE, '--out', target);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain(`Skrev ${target}\n`);
    expect(r.stdout).toContain('0 feil, 2 advarsler.');
    bytes = readFileSync(target);
    text = await docxText(bytes);
  });

  it("lists all 13 ansvar with the seed's deviations", () => {
    const lines = [
      'Ansvar 1000 Styre/representantskap — mindreforbruk på kr 8 583',
      'Ansvar 1001 Administrasjon — mindreforbruk på kr 379 974',
      'Ansvar 1002 Felleskostnader IKT — mindreforbruk på kr 1 314 359',
      'Ansvar 1003 Felles IKT-system for omsorg, sosial og barnevern — mindreforbruk på kr 123 776',
      'Ansvar 1005 Felles telefoniløsning — mindreforbruk på kr 23 996',
      'Ansvar 1006 PPS for 4 kommuner — mindreforbruk på kr 6 627',
      'Ansvar 1007 Skoleadministrative systemer — mindreforbruk på kr 55 669',
      'Ansvar 1008 Felles skole IKT — mindreforbruk på kr 454 413',
      'Ansvar 1009 GIS — mindreforbruk på kr 75 908',
      'Ansvar 1010 A-ordning 4 kommuner — mindreforbruk på kr 14 665',
      'Ansvar 1011 Økonomi- og lønnssystem 4 kommuner — mindreforbruk på kr 325 084',
      'Ansvar 1012 KLP Pensjonsoppgjør — merforbruk på kr 25 315',
      'Ansvar 9000 Renter og renteinntekter — mindreforbruk på kr 93 454',
    ];
    for (const line of lines) expect(text).toContain(line);
    // the table: avvik column, and the sum row
    for (const avvik of ['8 583', '1 314 359', '−25 315', '93 454']) expect(text).toContain(avvik);
    const sum = text.indexOf('Sum');
    // the example has last year's actual and the original budget, so the table shows them too
    expect(text.slice(text.indexOf('Ansvar'), text.indexOf('Ansvar') + 8)).toEqual([
      'Ansvar', 'Navn', 'Regnskap i fjor', 'Regnskap', 'Oppr. budsjett', 'Regulert budsjett', 'Avvik kr', 'Avvik %']);
    expect(text.slice(sum, sum + 7)).toEqual(['Sum', '−740 791', '−2 851 193', '0', '0', '2 851 193', '11,7 %']);
  });

  it('states the result, the decided allocation, the undisposed result and the funds', () => {
    const all = text.join('\n');
    expect(all).toContain('Regnskapet for 2017 viser et regnskapsmessig mindreforbruk på kr 2 851 193.');
    expect(all).toContain('609 500');
    expect(all).toContain('Udisponert mindreforbruk er dermed kr 2 241 693');
    expect(all).toContain('kr 3 969 554');
    expect(all).toContain('kr 3 819 698');
  });

  it('proposes the budget regulation with its balance accounts', () => {
    const all = text.join('\n');
    expect(all).toContain(['15400 Avsetning ubundet fond', '9909 Årets overskudd/underskudd', '899', '1 916 609'].join('\n'));
    expect(all).toContain(['19314 Disponering mindreforbruk', '9909 Årets overskudd/underskudd', '899', '−1 916 609'].join('\n'));
    expect(all).toContain('Beløpet avsettes til balansekonto 25699101 Disposisjonsfond alle');
    expect(all).toContain(['15400 Avsetning ubundet fond', '9909 Årets overskudd/underskudd', '899', '325 084'].join('\n'));
    expect(all).toContain('Beløpet avsettes til balansekonto 25699102 Disposisjonsfond RK/NK/GK/LK');
    expect(all).not.toMatch(/\{\{|\}\}/);
  });

  it('validates against the OOXML schemas, every WordprocessingML part', async () => {
    await expectValidDocx(bytes);
  });

  it('gives identical bytes on a second run, and a default name beside the workbook', async () => {
    const again = join(dir, 'igjen.docx');
    await run('generate', EXAMPLE, '--out', again);
    expect(readFileSync(again).equals(Buffer.from(bytes))).toBe(true);
    const copyDir = mkdtempSync(join(tmpdir(), 'arsmelding-default-'));
    const { copyFileSync } = await import('fs');
    copyFileSync(EXAMPLE, join(copyDir, 'regnskap.xlsx'));
    const r = await run('generate', join(copyDir, 'regnskap.xlsx'));
    expect(r.code).toBe(0);
    expect(readdirSync(copyDir).sort()).toEqual(['regnskap.xlsx', 'Årsmelding 2017 - IKT Indre Namdal IKS.docx']);
  });
});

describe('arsmelding generate refuses and writes nothing', () => {
  it('when the workbook has errors (exit 1, findings printed)', async () => {
    const sheets = smallSheets();
    sheets.Regnskap![2]![0] = 7777;
    const workbook = await writeXlsx(sheets as unknown as Record<string, XlsxCell[][]>);
    const out = join(mkdtempSync(join(tmpdir(), 'arsmelding-none-')), 'rapport.docx');
    const r = await run('generate', workbook, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('ERROR Regnskap!A3: Ansvar 7777 finnes ikke på arket Ansvar.');
    expect(r.stdout).toContain('ingen rapport er skrevet');
    expect(existsSync(out)).toBe(false);
  });

  it('when the template has an unknown placeholder (exit 1)', async () => {
    const { makeTemplate } = await import('../helpers/make-template');
    const dir = mkdtempSync(join(tmpdir(), 'arsmelding-tpl-'));
    const template = join(dir, 'mal.docx');
    const { writeFileSync } = await import('fs');
    writeFileSync(template, await makeTemplate(['{{selskap}} {{feil_navn}}']));
    const r = await run('generate', EXAMPLE, '--template', template, '--out', join(dir, 'rapport.docx'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('ERROR mal.docx: Malen bruker plassholderen {{feil_navn}}');
    expect(readdirSync(dir)).toEqual(['mal.docx']);
  });

  it('when the output folder does not exist (exit 2, one line)', async () => {
    const r = await run('generate', EXAMPLE, '--out', join(tmpdir(), 'finnes-ikke-mappe-x', 'r.docx'));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
