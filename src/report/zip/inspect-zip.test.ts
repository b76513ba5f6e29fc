import { readFileSync } from 'fs';
import { join } from 'path';
import { makeZip } from '../../../test/helpers/make-zip';
import { rawWorkbook, smallSheets } from '../../../test/helpers/raw-workbook-builder';
import { analyseWorkbook } from '../../core/pipeline';
import { fillTemplate } from '../template/fill-template';
import { inspectZip, TEMPLATE_LIMITS, WORKBOOK_LIMITS, type ZipLimits } from './inspect-zip';

const SMALL: ZipLimits = { maxInflatedBytes: 1_000_000, maxEntries: 5, maxRatio: 50, ratioFromBytes: 100_000 };
const ROOT = join(__dirname, '../../..');

describe('inspectZip', () => {
  it('passes real Office files: the example workbook, its LibreOffice copy, the default template', () => {
    expect(inspectZip(readFileSync(join(ROOT, 'examples/ikt-indre-namdal-2017.xlsx')), WORKBOOK_LIMITS)).toBeUndefined();
    expect(inspectZip(readFileSync(join(ROOT, 'test/fixtures/ikt-indre-namdal-2017.libreoffice.xlsx')), WORKBOOK_LIMITS)).toBeUndefined();
    expect(inspectZip(readFileSync(join(ROOT, 'templates/arsmelding.docx')), TEMPLATE_LIMITS)).toBeUndefined();
  });

  it('counts inflated bytes while inflating, across entries', () => {
    const zip = makeZip(Array.from({ length: 3 }, (_, i) => ({ name: `p${i}.bin`, zeros: 400_000 })));
    expect(inspectZip(zip, { ...SMALL, maxRatio: 1e9 })).toEqual({ kind: 'too-large', inflatedBytes: expect.any(Number) });
  });

  it('refuses an entry that inflates far beyond its size', () => {
    expect(inspectZip(makeZip([{ name: 'a.xml', zeros: 500_000 }]), SMALL)).toEqual({ kind: 'ratio', entry: 'a.xml', ratio: expect.any(Number) });
  });

  it('refuses too many entries, encryption, DTDs, and what is not a zip', () => {
    expect(inspectZip(makeZip(Array.from({ length: 6 }, (_, i) => ({ name: `${i}.xml`, data: '<a/>' }))), SMALL)).toEqual({ kind: 'too-many-entries', entries: 6 });
    expect(inspectZip(makeZip([{ name: 'a.xml', data: '<a/>', encrypted: true }]), SMALL)).toEqual({ kind: 'encrypted', entry: 'a.xml' });
    expect(inspectZip(makeZip([{ name: 'word/_rels/document.xml.rels', data: '<!DOCTYPE x SYSTEM "file:///etc/passwd"><x/>' }]), SMALL))
      .toEqual({ kind: 'dtd', entry: 'word/_rels/document.xml.rels' });
    expect(inspectZip(new TextEncoder().encode('Ansvar;Navn\n1000;Adm\n'.repeat(3)), SMALL)).toEqual({ kind: 'not-zip' });
    const cut = makeZip([{ name: 'a.xml', data: '<a>'.repeat(1000) }]);
    cut[40] = 0xff; // damage the deflate stream
    expect(inspectZip(cut, SMALL)?.kind).toBe('corrupt');
  });

  it('makes fillTemplate refuse a template bomb with a finding, before any library unpacks it', async () => {
    const bomb = makeZip([{ name: 'word/document.xml', zeros: 50 * 1024 * 1024 }]);
    const r = await fillTemplate({ name: 'mal.docx', bytes: bomb }, analyseWorkbook(rawWorkbook(smallSheets())));
    expect(r.ok).toBe(false);
    expect(r.findings.map((f) => [f.code, f.severity, f.location])).toEqual([['template-refused', 'error', { sheet: 'mal.docx' }]]);
    expect(r.findings[0]?.message).toContain('zip-bomber');
  });
});
