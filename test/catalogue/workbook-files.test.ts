/**
 * Catalogue, family "workbook files": files that are not a workbook the product can read. Each
 * is refused by `check` and by `generate` alike with exit status 2 and one line on stderr that
 * names the file and says what to do, without a stack trace; nothing is written and the file is
 * left as it was.
 *
 * Fixtures (test/fixtures/, small, committed because CI has no LibreOffice):
 * - catalogue-legacy.xls: a three-row Oppsett sheet saved by LibreOffice 7.4 as Excel 97–2003
 *   (`soffice --headless --convert-to xls`).
 * - catalogue-opendocument.ods: the same, `--convert-to ods`.
 * - catalogue-encrypted.xlsx: the same .xlsx encrypted with the password "hemmelig" as Office
 *   does it (ECMA-376 agile encryption: an OLE2 compound file holding EncryptionInfo and
 *   EncryptedPackage), made with the npm package officecrypto-tool 0.0.19 in a scratch folder;
 *   LibreOffice refuses to open it without the password ("source file could not be loaded").
 */
import { copyFileSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { join } from 'path';
import { makeZip } from '../helpers/make-zip';
import { bothReadings } from '../helpers/readers-agree';
import { bytesOf, DEFAULT_TEMPLATE, EXAMPLE, expectRefusal, filesIn, FIXTURES, freshDir, full, run, writeWorkbook } from './catalogue-helpers';

interface FileCase {
  readonly name: string;
  /** Puts the file at `path` (in a fresh folder of its own). */
  readonly make: (path: string) => Promise<void> | void;
  /** What the one line on stderr says. */
  readonly says: RegExp;
  /** The file's name; arbeidsbok.xlsx when not given. */
  readonly fileName?: string;
}

const fixture = (name: string) => (path: string) => copyFileSync(join(FIXTURES, name), path);
const valid = async () => readFileSync(await writeWorkbook(full()));

const cases: FileCase[] = [
  { name: 'a text file called .xlsx', make: (p) => writeFileSync(p, 'Ansvar;Navn\n1000;Administrasjon\n'), says: /er ikke en \.xlsx-arbeidsbok; åpne den i Excel og lagre den som Excel-arbeidsbok \(\.xlsx\)\.$/ },
  { name: 'a PNG picture called .xlsx', make: (p) => writeFileSync(p, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')), says: /er ikke en \.xlsx-arbeidsbok/ },
  { name: 'an empty file (0 bytes)', make: (p) => writeFileSync(p, ''), says: /er tom \(0 byte\); lagre arbeidsboken på nytt som \.xlsx/ },
  { name: 'a legacy Excel 97–2003 .xls (saved by LibreOffice)', fileName: 'arbeidsbok.xls', make: fixture('catalogue-legacy.xls'), says: /er en gammel \.xls-fil eller passordbeskyttet; lagre den som \.xlsx uten passord\.$/ },
  { name: 'a legacy .xls renamed to .xlsx', make: fixture('catalogue-legacy.xls'), says: /er en gammel \.xls-fil eller passordbeskyttet/ },
  { name: 'an .xlsx protected with a password to open (encrypted, OLE2)', make: fixture('catalogue-encrypted.xlsx'), says: /er en gammel \.xls-fil eller passordbeskyttet; lagre den som \.xlsx uten passord\.$/ },
  { name: 'an OpenDocument spreadsheet (.ods, saved by LibreOffice)', make: fixture('catalogue-opendocument.ods'), says: /er et OpenDocument-regneark \(\.ods\); lagre den som Excel-arbeidsbok \(\.xlsx\)\.$/ },
  { name: 'a Word document (.docx) called .xlsx', make: (p) => copyFileSync(DEFAULT_TEMPLATE, p), says: /er skadet eller ikke en gyldig \.xlsx-arbeidsbok/ },
  { name: 'an .xlsx cut off halfway (an interrupted copy)', make: async (p) => { const b = await valid(); writeFileSync(p, b.subarray(0, b.length >> 1)); }, says: /er skadet eller ikke en gyldig \.xlsx-arbeidsbok; åpne den i Excel, lagre den på nytt som \.xlsx og prøv igjen\.$/ },
  {
    name: 'an .xlsx whose sheet XML is not well-formed',
    make: async (p) => {
      const zip = await JSZip.loadAsync(await valid());
      zip.file('xl/worksheets/sheet3.xml', '<worksheet><sheetData><row r="1"><c r="A1"');
      writeFileSync(p, await zip.generateAsync({ type: 'uint8array' }));
    },
    says: /er skadet eller ikke en gyldig \.xlsx-arbeidsbok/,
  },
  { name: 'an empty zip archive called .xlsx', make: async (p) => writeFileSync(p, await new JSZip().generateAsync({ type: 'uint8array' })), says: /er skadet eller ikke en gyldig \.xlsx-arbeidsbok/ },
  { name: 'a folder given as the workbook', make: (p) => mkdirSync(p), says: /er en mappe, ikke en fil; oppgi stien til \.xlsx-filen\.$/ },
  { name: 'a file that does not exist', make: () => undefined, says: /^arsmelding: Fant ikke filen «.*arbeidsbok\.xlsx»; sjekk at navnet og mappen stemmer\.$/ },
  {
    // A sparse file: 201 MB long, no disk used. Refused from its size before a byte is read.
    name: 'a file over the 200 MB limit',
    make: (p) => { writeFileSync(p, 'PK'); truncateSync(p, 201 * 1024 * 1024); },
    says: /er 201 MB, mer enn grensen på 200 MB; fjern ark eller rader som ikke trengs, og lagre den på nytt\.$/,
  },
];

describe('catalogue: workbook files that are refused (exit 2, one line, nothing written)', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = freshDir('fil');
    const workbook = join(dir, c.fileName ?? 'arbeidsbok.xlsx');
    await c.make(workbook);
    const before = filesIn(dir);
    const bytes = before.length > 0 && !c.name.startsWith('a folder') ? bytesOf(workbook) : undefined;

    for (const argv of [['check', workbook], ['check', '--json', workbook], ['generate', workbook, '--out', join(dir, 'rapport.docx')]]) {
      const r = await run(...argv);
      expectRefusal(r, c.says);
      expect(r.stderr).toContain(`«${workbook}»`);
    }
    expect(filesIn(dir)).toEqual(before);
    if (bytes !== undefined) expect(bytesOf(workbook).equals(bytes)).toBe(true);
    // the fast path for large ledgers, forced, refuses the file in the same words
    if (bytes !== undefined && bytes.length < 10 * 1024 * 1024) {
      const { simple, streamed } = await bothReadings(bytes, workbook);
      expect(streamed).toEqual(simple);
    }
  });

  it('the fixtures are what they claim: OLE2 compound files and an OpenDocument zip', () => {
    const ole2 = 'd0cf11e0a1b11ae1';
    expect(readFileSync(join(FIXTURES, 'catalogue-legacy.xls')).subarray(0, 8).toString('hex')).toBe(ole2);
    const encrypted = readFileSync(join(FIXTURES, 'catalogue-encrypted.xlsx'));
    expect(encrypted.subarray(0, 8).toString('hex')).toBe(ole2);
    // The stream names of an encrypted OOXML package, in UTF-16LE in the compound file's directory.
    for (const stream of ['EncryptionInfo', 'EncryptedPackage']) expect(encrypted.includes(Buffer.from(stream, 'utf16le'))).toBe(true);
    expect(readFileSync(join(FIXTURES, 'catalogue-opendocument.ods')).subarray(30, 100).toString('latin1')).toContain('mimetypeapplication/vnd.oasis.opendocument.spreadsheet');
  });
});

describe('catalogue: zip bombs and DTD/ENTITY in XML parts (the zip guard, src/report/zip/inspect-zip.ts)', () => {
  const MB = 1024 * 1024;
  const bomb = (entries: number, size: number) =>
    makeZip(Array.from({ length: entries }, (_, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, zeros: size })));
  /** A bomb whose central directory says every entry is 100 bytes. */
  const lying = () => {
    const zip = bomb(60, 10 * MB);
    for (let p = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); p >= 0; p = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), p + 4)) {
      zip.writeUInt32LE(100, p + 24);
    }
    return zip;
  };
  const lol = '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><sst>&b;</sst>';

  it.each([
    ['an .xlsx whose entries inflate past 500 MB', () => bomb(60, 10 * MB), /pakkes ut til mer enn 500 MB, som er grensen/],
    ['an .xlsx with more than 10 000 entries', () => makeZip(Array.from({ length: 10_001 }, (_, i) => ({ name: `x/${i}.xml`, data: '<a/>' }))), /har 10\s001 deler, mer enn grensen på 10\s000/],
    ['an .xlsx with one entry inflating more than 1 000 times its size', () => bomb(1, 50 * MB), /ganger sin egen størrelse; slike filer \(zip-bomber\)/],
    ['an .xlsx that lies about its sizes in the central directory', lying, /pakkes ut til mer enn 500 MB/],
    ['a DOCTYPE in xl/workbook.xml', () => makeZip([{ name: 'xl/workbook.xml', data: '<!DOCTYPE w SYSTEM "file:///etc/passwd"><workbook/>' }]), /DTD eller entitetsdefinisjon i xl\/workbook\.xml/],
    ['an <!ENTITY> (billion laughs) in xl/sharedStrings.xml', () => makeZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }, { name: 'xl/sharedStrings.xml', data: lol }]), /DTD eller entitetsdefinisjon i xl\/sharedStrings\.xml/],
    ['an encrypted zip entry (a zip-level password)', () => makeZip([{ name: 'xl/workbook.xml', data: '<workbook/>', encrypted: true }]), /er kryptert eller passordbeskyttet/],
  ])('%s is refused by check and generate (exit 2, one line, nothing written)', async (_name, make, message) => {
    const dir = freshDir('bombe');
    const path = join(dir, 'arbeidsbok.xlsx');
    writeFileSync(path, make());
    const before = bytesOf(path);
    const started = Date.now();
    expectRefusal(await run('check', path), message);
    expectRefusal(await run('generate', path, '--out', join(dir, 'rapport.docx')), message);
    expect(filesIn(dir)).toEqual(['arbeidsbok.xlsx']);
    expect(bytesOf(path).equals(before)).toBe(true);
    expect(Date.now() - started).toBeLessThan(60_000); // refused in seconds, not after unpacking everything
  });

  it.each([
    ['a template .docx that inflates past 200 MB', () => makeZip(Array.from({ length: 25 }, (_, i) => ({ name: `word/media/image${i}.bin`, zeros: 10 * MB }))), /pakkes ut til mer enn 200 MB/],
    ['a DOCTYPE in a template header', () => makeZip([{ name: 'word/document.xml', data: '<w:document/>' }, { name: 'word/header1.xml', data: '<!DOCTYPE h [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:hdr>&x;</w:hdr>' }]), /DTD eller entitetsdefinisjon i word\/header1\.xml/],
  ])('%s is refused by generate (exit 1, finding) and by fields (exit 2)', async (_name, make, message) => {
    const dir = freshDir('malbombe');
    const template = join(dir, 'mal.docx');
    writeFileSync(template, make());
    const g = await run('generate', EXAMPLE, '--template', template, '--out', join(dir, 'rapport.docx'));
    expect(g.code).toBe(1);
    expect(g.stderr).toBe('');
    expect(g.stdout).toMatch(/ERROR mal\.docx: Malen mal\.docx /);
    expect(g.stdout).toMatch(message);
    expectRefusal(await run('fields', template), message);
    expect(filesIn(dir)).toEqual(['mal.docx']);
  });
});
