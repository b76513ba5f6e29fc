/**
 * Catalogue, family "output": where `arsmelding generate` writes, and what happens when it
 * cannot. A failure is exit 2 with one line on stderr and no stack trace; the report appears
 * complete or not at all: an older file of the same name keeps its bytes, and no temporary file
 * is left behind; the workbook is never touched.
 *
 * Real file systems are used where this machine can produce the failure (a missing folder, a
 * file where a folder should be, a folder where the file should be, a folder the user may not
 * write to). What it cannot produce (a full disk, a file locked by Word, Windows' refusal to
 * replace a read-only file, an I/O error) is produced by making one fs call of
 * src/cli/write-file-atomic.ts fail the way the operating system does.
 */
import { chmodSync, copyFileSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'fs';
import * as fs from 'fs';
import { join } from 'path';
import { bytesOf, EXAMPLE, expectEveryPartValid, expectQuiet, expectRefusal, filesIn, freshDir, run } from './catalogue-helpers';

jest.mock('fs', () => {
  const actual = jest.requireActual<typeof import('fs')>('fs');
  return { ...actual, openSync: jest.fn(actual.openSync), writeSync: jest.fn(actual.writeSync), fsyncSync: jest.fn(actual.fsyncSync), renameSync: jest.fn(actual.renameSync) };
});
const actualFs = jest.requireActual<typeof import('fs')>('fs');

/** A folder holding a copy of the example workbook, and its bytes. */
function setup(): { dir: string; workbook: string; bytes: Buffer } {
  const dir = freshDir('ut');
  const workbook = join(dir, 'regnskap.xlsx');
  copyFileSync(EXAMPLE, workbook);
  return { dir, workbook, bytes: bytesOf(workbook) };
}

const osError = (code: string, syscall: string) => Object.assign(new Error(`${code}: ${syscall} failed`), { code, syscall });
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

describe('catalogue: output that cannot be written (exit 2, one line, nothing written, workbook untouched)', () => {
  interface RealCase {
    readonly name: string;
    /** The --out path, made ready in `dir`. */
    readonly out: (dir: string) => string;
    readonly says: RegExp;
  }
  const cases: RealCase[] = [
    { name: 'the output folder does not exist', out: (d) => join(d, 'finnes-ikke', 'rapport.docx'), says: /^arsmelding: Mappen for «.*rapport\.docx» finnes ikke; opprett den eller velg en annen mappe\.$/ },
    {
      name: 'the output folder is a file',
      out: (d) => { writeFileSync(join(d, 'notat.txt'), 'x'); return join(d, 'notat.txt', 'rapport.docx'); },
      says: /Mappen for «.*notat\.txt\/rapport\.docx» finnes ikke/,
    },
    {
      name: 'the output path is a folder',
      out: (d) => { mkdirSync(join(d, 'rapport.docx')); return join(d, 'rapport.docx'); },
      says: /^arsmelding: «.*rapport\.docx» er en mappe, ikke en fil\.$/,
    },
    {
      // chmod does not stop root, who runs CI here; /sys refuses new files even to root.
      name: `a folder the user may not write to (${isRoot ? '/sys, as root' : 'chmod 555'})`,
      out: (d) => {
        if (isRoot) return '/sys/rapport.docx';
        const locked = join(d, 'laast');
        mkdirSync(locked);
        chmodSync(locked, 0o555);
        return join(locked, 'rapport.docx');
      },
      says: /^arsmelding: Har ikke tilgang til å skrive «.*rapport\.docx»; sjekk rettighetene, eller om filen er skrivebeskyttet\.$/,
    },
  ];

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { dir, workbook, bytes } = setup();
    const out = c.out(dir);
    const before = filesIn(dir);
    const r = await run('generate', workbook, '--out', out);
    expectRefusal(r, c.says);
    expect(filesIn(dir)).toEqual(before);
    expect(bytesOf(workbook).equals(bytes)).toBe(true);
  });

  interface InputCase {
    readonly name: string;
    readonly argv: (paths: { workbook: string; dir: string; template: string }) => string[];
    readonly says: RegExp;
  }
  const inputs: InputCase[] = [
    { name: '--out is the workbook itself', argv: (p) => ['--out', p.workbook], says: /«.*regnskap\.xlsx» er arbeidsboken, som ikke kan skrives over; velg et annet filnavn med --out\.$/ },
    { name: '--eml is the workbook itself', argv: (p) => ['--out', join(p.dir, 'r.docx'), '--eml', p.workbook], says: /er arbeidsboken, som ikke kan skrives over; velg et annet filnavn med --eml\.$/ },
    {
      name: '--out is a link to the workbook',
      argv: (p) => { symlinkSync(p.workbook, join(p.dir, 'lenke.docx')); return ['--out', join(p.dir, 'lenke.docx')]; },
      says: /«.*lenke\.docx» er arbeidsboken/,
    },
    { name: '--out is the template', argv: (p) => ['--template', p.template, '--out', p.template], says: /«.*mal\.docx» er malen, som ikke kan skrives over; velg et annet filnavn med --out\.$/ },
    { name: '--eml and --out are the same file', argv: (p) => ['--out', join(p.dir, 'r.docx'), '--eml', join(p.dir, 'r.docx')], says: /E-postutkastet \(--eml\) og rapporten kan ikke skrives til samme fil/ },
  ];

  it.each(inputs.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { dir, workbook, bytes } = setup();
    const template = join(dir, 'mal.docx');
    copyFileSync(join(__dirname, '..', '..', 'templates', 'arsmelding.docx'), template);
    const templateBytes = bytesOf(template);
    const argv = c.argv({ workbook, dir, template });
    const before = filesIn(dir);
    const r = await run('generate', workbook, ...argv);
    expectRefusal(r, c.says);
    expect(filesIn(dir)).toEqual(before);
    expect(bytesOf(workbook).equals(bytes)).toBe(true);
    expect(bytesOf(template).equals(templateBytes)).toBe(true);
  });
});

describe('catalogue: failures while writing leave the old file intact and no temporary file', () => {
  afterEach(() => {
    jest.mocked(fs.openSync).mockImplementation(actualFs.openSync);
    jest.mocked(fs.writeSync).mockImplementation(actualFs.writeSync);
    jest.mocked(fs.fsyncSync).mockImplementation(actualFs.fsyncSync);
    jest.mocked(fs.renameSync).mockImplementation(actualFs.renameSync);
  });

  const OLD = Buffer.from('forrige års rapport, som skal stå urørt');

  interface FaultCase {
    readonly name: string;
    readonly fault: () => void;
    readonly says: RegExp;
  }
  const faults: FaultCase[] = [
    {
      name: 'the disk fills up halfway through the file (ENOSPC on write)',
      fault: () => {
        let calls = 0;
        jest.mocked(fs.writeSync).mockImplementation(((fd: number, buffer: Uint8Array, offset: number, length: number) => {
          calls += 1;
          if (calls === 1) return actualFs.writeSync(fd, buffer, offset, Math.min(length, 4096));
          throw osError('ENOSPC', 'write');
        }) as typeof fs.writeSync);
      },
      says: /^arsmelding: Disken er full; «.*rapport\.docx» ble ikke skrevet \(en eldre fil med samme navn er uendret\)\.$/,
    },
    {
      name: 'the disk is full when the file is flushed (ENOSPC on fsync)',
      fault: () => jest.mocked(fs.fsyncSync).mockImplementation(() => { throw osError('ENOSPC', 'fsync'); }),
      says: /^arsmelding: Disken er full/,
    },
    {
      name: 'the file is locked by another program, as Word locks an open file on Windows (EBUSY on rename)',
      fault: () => jest.mocked(fs.renameSync).mockImplementation(() => { throw osError('EBUSY', 'rename'); }),
      says: /^arsmelding: «.*rapport\.docx» er låst av et annet program \(er den åpen i Word\?\); lukk den og prøv igjen\.$/,
    },
    {
      name: 'the old file is read-only, as Windows refuses to replace it (EPERM on rename)',
      fault: () => jest.mocked(fs.renameSync).mockImplementation(() => { throw osError('EPERM', 'rename'); }),
      says: /^arsmelding: Har ikke tilgang til å skrive «.*rapport\.docx»; sjekk rettighetene, eller om filen er skrivebeskyttet\.$/,
    },
    {
      name: 'a file system mounted read-only, such as a write-protected USB stick (EROFS on open)',
      fault: () => jest.mocked(fs.openSync).mockImplementation(() => { throw osError('EROFS', 'open'); }),
      says: /^arsmelding: Har ikke tilgang til å skrive «.*rapport\.docx»; sjekk rettighetene, eller om filen er skrivebeskyttet\.$/,
    },
    {
      name: 'an I/O error on a network drive (EIO on write)',
      fault: () => jest.mocked(fs.writeSync).mockImplementation(() => { throw osError('EIO', 'write'); }),
      says: /^arsmelding: Kunne ikke skrive «.*rapport\.docx» \(EIO\)\.$/,
    },
  ];

  it.each(faults.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { dir, workbook, bytes } = setup();
    const out = join(dir, 'rapport.docx');
    writeFileSync(out, OLD);
    c.fault();
    const r = await run('generate', workbook, '--out', out);
    expectRefusal(r, c.says);
    expect(filesIn(dir)).toEqual(['rapport.docx', 'regnskap.xlsx']);
    expect(readFileSync(out).equals(OLD)).toBe(true);
    expect(bytesOf(workbook).equals(bytes)).toBe(true);
  });
});

describe('catalogue: output that is written', () => {
  it('the same input twice gives identical bytes', async () => {
    const { dir, workbook } = setup();
    const first = join(dir, 'en.docx');
    const second = join(dir, 'to.docx');
    expectQuiet(await run('generate', workbook, '--out', first), 0);
    expectQuiet(await run('generate', workbook, '--out', second), 0);
    expect(readFileSync(first).equals(readFileSync(second))).toBe(true);
    await expectEveryPartValid(readFileSync(first));
  });

  it('an existing report is replaced whole: exactly the new bytes, no temporary file left', async () => {
    const { dir, workbook, bytes } = setup();
    const fresh = join(dir, 'ny.docx');
    expectQuiet(await run('generate', workbook, '--out', fresh), 0);
    const out = join(dir, 'rapport.docx');
    writeFileSync(out, Buffer.alloc(readFileSync(fresh).length * 3, 0x41)); // an older, longer file
    expectQuiet(await run('generate', workbook, '--out', out), 0);
    expect(readFileSync(out).equals(readFileSync(fresh))).toBe(true);
    await expectEveryPartValid(readFileSync(out));
    expect(filesIn(dir)).toEqual(['ny.docx', 'rapport.docx', 'regnskap.xlsx']);
    expect(bytesOf(workbook).equals(bytes)).toBe(true);
  });

  it('a read-only old report is replaced on Linux and macOS (the rename needs the folder, not the file); see EPERM above for Windows', async () => {
    const { dir, workbook } = setup();
    const out = join(dir, 'rapport.docx');
    writeFileSync(out, 'gammel');
    chmodSync(out, 0o444);
    expectQuiet(await run('generate', workbook, '--out', out), 0);
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(statSync(out).mode & 0o777).not.toBe(0o444);
    expect(filesIn(dir)).toEqual(['rapport.docx', 'regnskap.xlsx']);
  });

  it('without --out the report is written beside the workbook under its default name', async () => {
    const { dir, workbook } = setup();
    expectQuiet(await run('generate', workbook), 0);
    expect(filesIn(dir)).toEqual(['regnskap.xlsx', 'Årsmelding 2017 - IKT Indre Namdal IKS.docx']);
  });
});
