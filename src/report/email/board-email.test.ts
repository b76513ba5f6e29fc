import { readFileSync } from 'fs';
import { join } from 'path';
import PostalMime from 'postal-mime';
import { rawWorkbook, smallSheets, type SheetRows } from '../../../test/helpers/raw-workbook-builder';
import { analyseWorkbook } from '../../core/pipeline';
import { boardEmail, DOCX_MIME_TYPE, emailAddress } from './board-email';

const DOCX = new Uint8Array(readFileSync(join(__dirname, '../../../templates/arsmelding.docx')));
const FILE_NAME = 'Årsmelding 2024 - Testselskap IKS.docx';

/** Sheet Styre with the E-post column in D (a Telefon column in between), as Excel rows. */
const STYRE: SheetRows = [
  ['Navn', 'Rolle', 'Telefon', 'E-post'],
  ['Åse Ødegård', 'Styreleder', '900 00 000', 'ase.odegard@example.no'],
  ['Bjørn Æsøy', 'Nestleder', null, 'bjorn.aesoy@example.no'],
  ['Kari Nordmann', 'Styremedlem', null, 'kari@nærøysund.no'],
];

const analysis = (styre: SheetRows | null = STYRE, mutate: (s: ReturnType<typeof smallSheets>) => void = () => undefined) => {
  const sheets: Record<string, SheetRows> = { ...smallSheets(), ...(styre === null ? {} : { Styre: styre }) };
  mutate(sheets);
  return analyseWorkbook(rawWorkbook(sheets));
};
const parse = (eml: Uint8Array) => PostalMime.parse(eml);
const text = (eml: Uint8Array) => new TextDecoder().decode(eml);
/** The top-level header block, unfolded. */
const headerNames = (eml: Uint8Array) => text(eml).split('\r\n\r\n')[0]!.split('\r\n').filter((l) => !l.startsWith(' ')).map((l) => l.split(':')[0]);

describe('boardEmail', () => {
  const a = analysis();

  it('the workbook of these tests has no findings of its own', () => {
    expect(a.findings).toEqual([]);
  });

  it('is an unsent draft to every board member, with the subject, the result and the .docx attached', async () => {
    const { eml, findings } = boardEmail(a, { bytes: DOCX, fileName: FILE_NAME });
    expect(findings).toEqual([]);
    const mail = await parse(eml);
    expect(mail.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1');
    expect(headerNames(eml)).toEqual(['To', 'Subject', 'MIME-Version', 'X-Unsent', 'Content-Type']);
    expect(mail.to).toEqual([
      { name: 'Åse Ødegård', address: 'ase.odegard@example.no' },
      { name: 'Bjørn Æsøy', address: 'bjorn.aesoy@example.no' },
      { name: 'Kari Nordmann', address: 'kari@xn--nrysund-mxa7n.no' },
    ]);
    expect(mail.subject).toBe('Årsmelding 2024 – Testselskap IKS');
    expect(mail.text).toContain('Regnskapet for 2024 viser et mindreforbruk på kr 20 000.');
    expect(mail.text).toContain(`Årsmeldingen ligger ved som Word-dokument: ${FILE_NAME}`);
    expect(mail.attachments).toHaveLength(1);
    const [attachment] = mail.attachments;
    expect(attachment?.mimeType).toBe(DOCX_MIME_TYPE);
    expect(attachment?.disposition).toBe('attachment');
    expect(attachment?.filename).toBe(FILE_NAME);
    expect(new Uint8Array(attachment?.content as ArrayBuffer)).toEqual(DOCX);
  });

  it('encodes the names, the subject and the file name (RFC 2047 and 2231) and keeps to 7-bit lines', () => {
    const raw = text(boardEmail(a, { bytes: DOCX, fileName: FILE_NAME }).eml);
    expect(raw).toMatch(/^[ -~\r\n]*$/);
    expect(raw).toContain('To: =?utf-8?B?');
    expect(raw).toContain('Subject: =?utf-8?B?');
    expect(raw).toContain(" filename*=UTF-8''%C3%85rsmelding%202024%20-%20Testselskap%20IKS.docx");
    expect(raw).toMatch(/ name="=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?="/);
    const lines = raw.split('\r\n');
    expect(raw.replace(/\r\n/g, '')).not.toContain('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(998);
    expect(lines.filter((l) => /^[A-Za-z0-9+/=]+$/.test(l)).every((l) => l.length <= 76)).toBe(true);
  });

  it('gives the same bytes for the same input (no clock, no random boundary or Message-ID)', () => {
    const first = boardEmail(a, { bytes: DOCX, fileName: FILE_NAME }).eml;
    const second = boardEmail(analysis(), { bytes: new Uint8Array(DOCX), fileName: FILE_NAME }).eml;
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(headerNames(first)).not.toContain('Date');
    expect(headerNames(first)).not.toContain('Message-ID');
    expect(headerNames(first)).not.toContain('From');
  });

  it('leaves out a member with no or an invalid address, with a warning at the E-post cell', async () => {
    const styre = STYRE.map((row) => [...row]);
    styre[2]![3] = null;
    styre[3]![3] = 'Kari Nordmann <kari@example.no>';
    const { eml, findings } = boardEmail(analysis(styre), { bytes: DOCX, fileName: FILE_NAME });
    expect(findings.map((f) => [f.code, f.severity, `${f.location.sheet}!${f.location.cell}`])).toEqual([
      ['board-email-missing', 'warning', 'Styre!D3'],
      ['board-email-invalid', 'warning', 'Styre!D4'],
    ]);
    expect(findings[0]?.message).toBe('Bjørn Æsøy har ingen e-postadresse og er ikke med som mottaker av e-posten til styret.');
    expect(findings[1]?.message).toContain('«Kari Nordmann <kari@example.no>»');
    expect((await parse(eml)).to).toEqual([{ name: 'Åse Ødegård', address: 'ase.odegard@example.no' }]);
  });

  it('without sheet Styre, or with no address on it, warns and makes a draft with no recipients', async () => {
    for (const [styre, codes] of [
      [null, ['board-sheet-missing']],
      [[['Navn', 'Rolle'], ['Åse Ødegård', 'Styreleder']], ['board-email-column-missing']],
      [[['Navn', 'E-post'], ['Åse Ødegård', 'ikke oppgitt']], ['board-email-invalid', 'board-no-recipients']],
    ] as const) {
      const { eml, findings } = boardEmail(analysis(styre as SheetRows | null), { bytes: DOCX, fileName: FILE_NAME });
      expect(findings.map((f) => f.code)).toEqual(codes);
      expect(findings.every((f) => f.severity === 'warning')).toBe(true);
      const mail = await parse(eml);
      expect(mail.to ?? []).toEqual([]);
      expect(headerNames(eml)).not.toContain('To');
      expect(mail.attachments).toHaveLength(1);
    }
  });

  it('says merforbruk or balance, and takes a long file name with æøå in RFC 2231 continuations', async () => {
    const long = 'Årsmelding og regnskap 2024 for Interkommunalt selskap for vann og avløp i Østfold og Trøndelag.docx';
    const merforbruk = analysis(STYRE, (s) => { s.Regnskap![1]![3] = 90000; });
    const mail = await parse(boardEmail(merforbruk, { bytes: DOCX, fileName: long }).eml);
    expect(mail.text).toContain('Regnskapet for 2024 viser et merforbruk på kr 20 000.');
    expect(mail.attachments[0]?.filename).toBe(long);
    const raw = text(boardEmail(merforbruk, { bytes: DOCX, fileName: long }).eml).replace(/\r\n /g, ' ');
    expect(raw).toContain(" filename*0*=UTF-8''%C3%85rsmelding");
    const name = /; name="([^"]*)"/.exec(raw)?.[1] ?? '';
    expect(name.split(' ').every((word) => word.length <= 75)).toBe(true);
    expect(PostalMime.decodeWords(name)).toBe(long);
    const balance = analysis(STYRE, (s) => { s.Regnskap![1]![3] = 60000; s.Regnskap![3]![3] = 40000; });
    expect((await parse(boardEmail(balance, { bytes: DOCX, fileName: FILE_NAME }).eml)).text).toContain('Regnskapet for 2024 går i balanse.');
  });

  it('refuses a workbook with errors', () => {
    const broken = analysis(STYRE, (s) => { s.Regnskap![1]![0] = 7777; });
    expect(() => boardEmail(broken, { bytes: DOCX, fileName: FILE_NAME })).toThrow('without errors');
  });
});

describe('emailAddress', () => {
  it.each([
    ['ola.nordmann@kommune.no', 'ola.nordmann@kommune.no'],
    ['  Ola.Nordmann+styret@Kommune.NO ', 'Ola.Nordmann+styret@Kommune.NO'],
    ['mailto:ola@kommune.no', 'ola@kommune.no'],
    ['post@bø.kommune.no', 'post@xn--b-5ga.kommune.no'],
  ])('takes %j as %j', (input, expected) => {
    expect(emailAddress(input)).toBe(expected);
  });

  it.each(['ola', 'ola@', '@kommune.no', 'ola@kommune', 'ola nordmann@kommune.no', 'Ola <ola@kommune.no>', 'ola@kommune..no',
    'ola@-kommune.no', 'ola;kari@kommune.no', 'ola@kommune.no, kari@kommune.no', 'øla@kommune.no', 'ola@127.0.0.1', '"ola"@kommune.no'])(
    'refuses %j', (input) => {
      expect(emailAddress(input)).toBeUndefined();
    });
});
