import { writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { smallSheets } from '../../test/helpers/raw-workbook-builder';
import { captureOutput, writeXlsx, type XlsxCell } from '../../test/helpers/write-xlsx';
import { main } from './main';

const EXAMPLE = join(__dirname, '../../examples/ikt-indre-namdal-2017.xlsx');

const run = async (...argv: string[]) => {
  const { out, output } = captureOutput();
  const code = await main(argv, output);
  return { code, ...out };
};

const asXlsx = (sheets: ReturnType<typeof smallSheets>) => sheets as unknown as Record<string, XlsxCell[][]>;

describe('arsmelding check', () => {
  it('shows the example year: 13 ansvar, the result and its disposition, exit 0', async () => {
    const r = await run('check', EXAMPLE);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // the contract's default funksjon 899 for the regulation lines draws KOSTRA control 065, as the seed's own lines do
    expect(r.stdout).toContain('WARNING Oppsett: Budsjettreguleringen fører konto 15400 (art 540) på funksjon 899');
    expect(r.stdout).toContain('0 feil, 2 advarsler.');
    expect(r.stdout).toContain('13 ansvar');
    expect(r.stdout).toContain('Årets resultat: 2 851 193 kr mindreforbruk');
    expect(r.stdout).toContain('Vedtatte avsetninger: 609 500 kr');
    expect(r.stdout).toContain('Udisponert: 2 241 693 kr');
    expect(r.stdout).toContain('1 916 609 kr → 25699101 Disposisjonsfond alle');
    expect(r.stdout).toContain('325 084 kr → 25699102 Disposisjonsfond RK/NK/GK/LK');
    expect(r.stdout).toContain('3 969 554 → 3 819 698');
  });

  it('prints findings and a summary with the figures as JSON', async () => {
    const r = await run('check', EXAMPLE, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.findings.map((f: { code: string; location: string }) => [f.code, f.location])).toEqual([
      ['kostra-065', 'Oppsett'], ['kostra-065', 'Oppsett'],
    ]);
    expect(json.summary).toMatchObject({
      komplett: true, antallAnsvar: 13, resultat: 2851193, resultatTekst: 'mindreforbruk',
      vedtatteAvsetninger: 609500, udisponert: 2241693,
      disponering: [
        { fond: '25699101', belop: 1916609 },
        { fond: '25699102', belop: 325084 },
      ],
      fond: { ib: 3969554, ub: 3819698, endring: -149856 },
    });
    expect(json.summary.ansvar.map((a: { avvik: number }) => a.avvik)).toEqual([
      8583, 379974, 1314359, 123776, 23996, 6627, 55669, 454413, 75908, 14665, 325084, -25315, 93454,
    ]);
    expect(json.summary.regulering[0].linjer).toEqual([
      { konto: '15400', tekst: 'Avsetning ubundet fond', ansvar: '9909', ansvarTekst: 'Årets overskudd/underskudd', funksjon: '899', belop: 1916609 },
      { konto: '19314', tekst: 'Disponering mindreforbruk', ansvar: '9909', ansvarTekst: 'Årets overskudd/underskudd', funksjon: '899', belop: -1916609 },
    ]);
  });

  it('exits 1 and lists the errors by sheet and row when the workbook has errors', async () => {
    const sheets = smallSheets();
    sheets.Regnskap![2]![0] = 7777;
    sheets.Regnskap![3]![3] = '12 000,50';
    sheets.Ansvar![1]![1] = null;
    const r = await run('check', await writeXlsx(asXlsx(sheets)));
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n').filter((l) => /^(ERROR|WARNING) /.test(l));
    expect(lines[0]).toMatch(/^ERROR Ansvar!B2: Navn mangler/);
    expect(lines).toContainEqual('ERROR Regnskap!A3: Ansvar 7777 finnes ikke på arket Ansvar.');
    expect(lines.some((l) => l.startsWith('ERROR Regnskap!D4: Regnskap i D4 er ikke et beløp'))).toBe(true);
    expect(r.stdout).toContain('Tallene er ikke beregnet fordi arbeidsboken har feil.');
    const json = JSON.parse((await run('check', '--json', await writeXlsx(asXlsx(sheets)))).stdout);
    expect(json.findings[0]).toMatchObject({ severity: 'error', location: 'Ansvar!B2' });
    expect(json.summary.komplett).toBe(false);
  });

  it('says in one line, without a stack trace, when a file cannot be read (exit 2)', async () => {
    const dir = join(__dirname, '../../test/fixtures');
    for (const file of [join(dir, 'finnes-ikke.xlsx'), join(__dirname, '../../package.json')]) {
      const r = await run('check', file);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
    }
    const empty = join(tmpdir(), `tom-${process.pid}.xlsx`);
    writeFileSync(empty, '');
    expect((await run('check', empty)).code).toBe(2);
  });

  it('exits 2 on wrong usage', async () => {
    expect((await run()).code).toBe(2);
    expect((await run('check')).code).toBe(2);
    expect((await run('check', 'a.xlsx', '--bogus')).code).toBe(2);
    expect((await run('lag')).code).toBe(2);
    expect((await run('--help')).code).toBe(0);
  });
});
