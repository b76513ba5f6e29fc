import { makeZip } from '../../../test/helpers/make-zip';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { UnreadableWorkbookError } from '../../core/workbook/workbook-source';
import { exceljsBufferSource, exceljsFileSource } from './exceljs-source';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'arsmelding-exceljs-'));
});
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

function writeBad(name: string, data: Uint8Array | string): string {
  const path = join(folder, name);
  writeFileSync(path, data);
  return path;
}

async function goodWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Oppsett').addRow(['Selskap', 'IKT Indre Namdal IKS']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The message of the UnreadableWorkbookError the read rejects with: one sentence, no stack. */
async function refusal(read: Promise<unknown>): Promise<string> {
  const error: unknown = await read.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(UnreadableWorkbookError);
  const message = (error as UnreadableWorkbookError).message;
  expect(message).not.toMatch(/\n|Error|:\d+:\d+/); // no stack trace, no technical error
  expect(message).toMatch(/^[A-ZÆØÅ«].*\.$/);
  return message;
}

describe('exceljsFileSource', () => {
  it('reads a workbook file', async () => {
    const path = writeBad('god.xlsx', await goodWorkbook());
    const raw = await exceljsFileSource(path).read();
    expect(raw.sheets[0]?.rows[0]?.cells.map((cell) => cell.value)).toEqual([
      { kind: 'text', value: 'Selskap' },
      { kind: 'text', value: 'IKT Indre Namdal IKS' },
    ]);
  });

  it('names a missing file', async () => {
    const path = join(folder, 'finnes-ikke.xlsx');
    expect(await refusal(exceljsFileSource(path).read())).toBe(`Fant ikke filen «${path}»; sjekk at navnet og mappen stemmer.`);
  });

  it('refuses a folder', async () => {
    expect(await refusal(exceljsFileSource(folder).read())).toContain('er en mappe, ikke en fil');
  });

  it('refuses an empty file', async () => {
    const path = writeBad('tom.xlsx', new Uint8Array(0));
    expect(await refusal(exceljsFileSource(path).read())).toBe(`Filen «${path}» er tom (0 byte); lagre arbeidsboken på nytt som .xlsx og prøv igjen.`);
  });

  it('refuses a legacy .xls or a password-protected workbook (both OLE2)', async () => {
    const path = writeBad('gammel.xls', new Uint8Array([...OLE2, ...new Array<number>(504).fill(0)]));
    expect(await refusal(exceljsFileSource(path).read())).toBe(
      `Filen «${path}» er en gammel .xls-fil eller passordbeskyttet; lagre den som .xlsx uten passord.`,
    );
  });

  it('refuses a file that is not a zip, such as a CSV export named .xlsx', async () => {
    const path = writeBad('eksport.xlsx', 'Ansvar;Navn;Regnskap\n1000;Felles;12 000,50\n');
    expect(await refusal(exceljsFileSource(path).read())).toBe(
      `Filen «${path}» er ikke en .xlsx-arbeidsbok; åpne den i Excel og lagre den som Excel-arbeidsbok (.xlsx).`,
    );
  });

  it('refuses an OpenDocument spreadsheet', async () => {
    const head = 'PK\x03\x04\x14\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x08\x00\x00\x00';
    const path = writeBad('regnskap.ods', `${head}mimetypeapplication/vnd.oasis.opendocument.spreadsheet`);
    expect(await refusal(exceljsFileSource(path).read())).toContain('er et OpenDocument-regneark (.ods)');
  });

  it('refuses a zip that exceljs cannot parse: damaged, cut short, or without a workbook', async () => {
    const good = await goodWorkbook();
    const damaged = writeBad('skadet.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array<number>(200).fill(7)]));
    const cut = writeBad('avkuttet.xlsx', good.subarray(0, Math.floor(good.length / 2)));
    // Renaming xl/workbook.xml inside the zip leaves a zip exceljs reads as "no sheets".
    const renamed = Buffer.from(good).toString('latin1').replaceAll('xl/workbook.xml', 'xl/workbook.xmx');
    const noWorkbook = writeBad('uten-arbeidsbok.xlsx', Buffer.from(renamed, 'latin1'));
    for (const path of [damaged, cut, noWorkbook]) {
      expect(await refusal(exceljsFileSource(path).read())).toBe(
        `Filen «${path}» er skadet eller ikke en gyldig .xlsx-arbeidsbok; åpne den i Excel, lagre den på nytt som .xlsx og prøv igjen.`,
      );
    }
  });

  it('refuses a file over 200 MB before reading it', async () => {
    const path = writeBad('stor.xlsx', new Uint8Array(0));
    truncateSync(path, 201 * 1024 * 1024); // a sparse file: no disk space, no memory
    expect(await refusal(exceljsFileSource(path).read())).toBe(
      `Filen «${path}» er 201 MB, mer enn grensen på 200 MB; fjern ark eller rader som ikke trengs, og lagre den på nytt.`,
    );
  });

  it('refuses a zip bomb while inflating it, whatever sizes the zip declares', async () => {
    // 60 entries of 10 MB of zeros: about 600 KB on disk, 600 MB inflated
    const bomb = makeZip(Array.from({ length: 60 }, (_, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, zeros: 10 * 1024 * 1024 })));
    const path = writeBad('bombe.xlsx', bomb);
    expect(await refusal(exceljsFileSource(path).read())).toBe(
      `Filen «${path}» pakkes ut til mer enn 500 MB, som er grensen; fjern ark, rader eller bilder som ikke trengs, og lagre den på nytt.`,
    );
  });

  it('refuses a DTD or entity in any XML part (XXE, billion laughs)', async () => {
    const lol = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><workbook>&lol;</workbook>';
    const path = writeBad('dtd.xlsx', makeZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'xl/workbook.xml', data: lol }]));
    expect(await refusal(exceljsFileSource(path).read())).toContain('inneholder en DTD eller entitetsdefinisjon i xl/workbook.xml');
  });
});

describe('exceljsBufferSource', () => {
  it('reads bytes, also from a view into a larger buffer', async () => {
    const good = await goodWorkbook();
    const larger = new Uint8Array(good.length + 16);
    larger.set(good, 8);
    const raw = await exceljsBufferSource(larger.subarray(8, 8 + good.length)).read();
    expect(raw.sheets.map((sheet) => sheet.name)).toEqual(['Oppsett']);
  });

  it('speaks of "Arbeidsboken", or of the file when it is named', async () => {
    const ole2 = new Uint8Array([...OLE2, 0, 0]);
    expect(await refusal(exceljsBufferSource(ole2).read())).toBe(
      'Arbeidsboken er en gammel .xls-fil eller passordbeskyttet; lagre den som .xlsx uten passord.',
    );
    expect(await refusal(exceljsBufferSource(ole2, 'regnskap.xls').read())).toMatch(/^Filen «regnskap\.xls» er en gammel/);
  });
});
