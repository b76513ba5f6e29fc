import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import PostalMime from 'postal-mime';
import { makeTemplate } from '../../test/helpers/make-template';
import { smallSheets } from '../../test/helpers/raw-workbook-builder';
import { captureOutput, writeXlsx, type XlsxCell } from '../../test/helpers/write-xlsx';
import { main } from './main';

const EXAMPLE = join(__dirname, '../../examples/ikt-indre-namdal-2017.xlsx');
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const run = async (...argv: string[]) => {
  const { out, output } = captureOutput();
  const code = await main(argv, output);
  return { code, ...out };
};
const folder = () => mkdtempSync(join(tmpdir(), 'arsmelding-eml-'));

describe('arsmelding generate --eml', () => {
  it('writes the report and a draft to the three board members of the example with the report attached', async () => {
    const dir = folder();
    const report = join(dir, 'Årsmelding 2017.docx');
    const draft = join(dir, 'til styret.eml');
    const r = await run('generate', EXAMPLE, '--out', report, '--eml', draft);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.endsWith(`Skrev ${report}\nSkrev ${draft}\n`)).toBe(true);
    expect(r.stdout).not.toContain('Styre');
    expect(readdirSync(dir).sort()).toEqual(['til styret.eml', 'Årsmelding 2017.docx'].sort());

    const mail = await PostalMime.parse(readFileSync(draft));
    expect(mail.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1');
    expect(mail.from).toBeUndefined();
    expect(mail.to).toEqual([
      { name: 'Karl Audun Fagerli', address: 'karl.audun.fagerli@example.no' },
      { name: 'Svein Helland', address: 'svein.helland@example.no' },
      { name: 'Liv Elden Djokoto', address: 'liv.elden.djokoto@example.no' },
    ]);
    expect(mail.subject).toBe('Årsmelding 2017 – IKT Indre Namdal IKS');
    expect(mail.text).toContain('Regnskapet for 2017 viser et mindreforbruk på kr 2 851 193.');
    expect(mail.attachments.map((a) => [a.filename, a.mimeType])).toEqual([['Årsmelding 2017.docx', DOCX]]);
    expect(Buffer.from(mail.attachments[0]!.content as ArrayBuffer).equals(readFileSync(report))).toBe(true);
  });

  it('gives the same draft twice, and prints a warning for a board member it leaves out', async () => {
    const sheets = { ...smallSheets(), Styre: [['Navn', 'Rolle', 'E-post'], ['Åse Ødegård', 'Styreleder', 'ase@example.no'], ['Per Ås', 'Styremedlem', null]] };
    const workbook = await writeXlsx(sheets as unknown as Record<string, XlsxCell[][]>);
    const dir = folder();
    const template = join(dir, 'mal.docx');
    writeFileSync(template, await makeTemplate(['{{selskap}}: {{resultat_tekst}} på kr {{resultat}}']));
    const first = await run('generate', workbook, '--template', template, '--out', join(dir, 'r.docx'), '--eml', join(dir, 'a.eml'));
    const second = await run('generate', workbook, '--template', template, '--out', join(dir, 'r.docx'), '--eml', join(dir, 'b.eml'));
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(first.stdout).toContain('WARNING Styre!C3: Per Ås har ingen e-postadresse');
    expect(first.stdout).toContain('0 feil, 1 advarsel.');
    expect(readFileSync(join(dir, 'b.eml')).equals(readFileSync(join(dir, 'a.eml')))).toBe(true);
  });

  it('writes neither file when the workbook or the template has errors (exit 1)', async () => {
    const sheets = smallSheets();
    sheets.Regnskap![2]![0] = 7777;
    const broken = await writeXlsx(sheets as unknown as Record<string, XlsxCell[][]>);
    const dir = folder();
    expect((await run('generate', broken, '--out', join(dir, 'r.docx'), '--eml', join(dir, 'd.eml'))).code).toBe(1);
    const template = join(dir, 'mal.docx');
    writeFileSync(template, await makeTemplate(['{{selskap}} {{feil_navn}}']));
    expect((await run('generate', EXAMPLE, '--template', template, '--out', join(dir, 'r.docx'), '--eml', join(dir, 'd.eml'))).code).toBe(1);
    expect(readdirSync(dir)).toEqual(['mal.docx']);
  });

  it('refuses --eml without a value, or the same file as the report (exit 2)', async () => {
    const dir = folder();
    expect((await run('generate', EXAMPLE, '--eml')).code).toBe(2);
    const same = await run('generate', EXAMPLE, '--out', join(dir, 'r.docx'), '--eml', join(dir, 'r.docx'));
    expect(same.code).toBe(2);
    expect(same.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'r.docx'))).toBe(false);
  });
});
