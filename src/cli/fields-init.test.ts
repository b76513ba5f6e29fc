import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { makeTemplate } from '../../test/helpers/make-template';
import { captureOutput } from '../../test/helpers/write-xlsx';
import { main } from './main';

const run = async (...argv: string[]) => {
  const { out, output } = captureOutput();
  return { code: await main(argv, output), ...out };
};

describe('arsmelding fields', () => {
  it('lists the placeholders of the default template, all known (exit 0)', async () => {
    const r = await run('fields', join(__dirname, '../../templates/arsmelding.docx'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('{{tabell_ansvar}}  blokk (tabell/liste)');
    expect(r.stdout).toContain('{{resultat}}  tekst');
    expect(r.stdout).not.toContain('UKJENT');
  });

  it('marks unknown and misplaced placeholders (exit 1)', async () => {
    const template = join(mkdtempSync(join(tmpdir(), 'fields-')), 'mal.docx');
    writeFileSync(template, await makeTemplate(['{{selskap}} og {{hvem}}', 'Tabell: {{tabell_fond}}']));
    const r = await run('fields', template);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('{{hvem}}  UKJENT');
    expect(r.stdout).toContain('ERROR mal.docx: Plassholderen {{tabell_fond}} blir en tabell eller liste og må stå alene i avsnittet');
  });

  it('says in one line when the file is not a .docx (exit 2)', async () => {
    const r = await run('fields', join(__dirname, '../../package.json'));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('arsmelding init', () => {
  it('writes the example workbook and the default template into a new folder', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'init-')), 'årsmelding');
    const r = await run('init', folder);
    expect(r.code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['arsmelding.docx', 'ikt-indre-namdal-2017.xlsx']);
    const report = join(folder, 'rapport.docx');
    expect((await run('generate', join(folder, 'ikt-indre-namdal-2017.xlsx'), '--template', join(folder, 'arsmelding.docx'), '--out', report)).code).toBe(0);
    expect(existsSync(report)).toBe(true);
  });

  it('overwrites nothing (exit 2)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'init-'));
    writeFileSync(join(folder, 'arsmelding.docx'), 'mine');
    const r = await run('init', folder);
    expect(r.code).toBe(2);
    expect(readdirSync(folder)).toEqual(['arsmelding.docx']);
  });
});
