import * as fs from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import {
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import {
  SCHEMA_DIR,
  SCHEMA_NAMESPACES,
  expectValidDocx,
  loadSchemaFiles,
  stripMarkupCompatibility,
  validateDocx,
  validateParts,
} from './validate-ooxml';

// `docx/charts` is a package "exports" subpath, which jest resolves but TypeScript's
// moduleResolution "node" does not: load it untyped, with the one constructor we need.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ChartRun } = require('docx/charts') as { ChartRun: new (options: object) => ParagraphChild };

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml';
const W16SE = 'http://schemas.microsoft.com/office/word/2015/wordml/symex';
const WPS = 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape';
const V = 'urn:schemas-microsoft-com:vml';

const LIBREOFFICE_FIXTURE = path.join(__dirname, '..', 'fixtures', 'libreoffice-written.docx');

function cell(text: string): TableCell {
  return new TableCell({ children: [new Paragraph(text)] });
}

/** A heading, a paragraph, a table with a header row, a footer. */
function sampleDocument(extra: ParagraphChild[] = []): Document {
  return new Document({
    sections: [
      {
        footers: {
          default: new Footer({
            children: [new Paragraph({ children: [new TextRun('Side '), new TextRun({ children: [PageNumber.CURRENT] })] })],
          }),
        },
        children: [
          new Paragraph({ text: 'Årsmelding 2017', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun('Regnskapet viser et mindreforbruk & <ingen> "avvik".')] }),
          new Table({
            rows: [
              new TableRow({ tableHeader: true, children: [cell('Ansvar'), cell('Regnskap')] }),
              new TableRow({ children: [cell('1000'), cell('1 234,56')] }),
            ],
          }),
          ...(extra.length > 0 ? [new Paragraph({ children: extra })] : []),
        ],
      },
    ],
  });
}

async function packDocx(doc: Document): Promise<Uint8Array> {
  return Packer.toBuffer(doc);
}

/** Rewrites one part of a package. */
async function editPart(docx: Uint8Array, part: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  const file = zip.file(part);
  if (!file) throw new Error(`${part} not in package`);
  const before = await file.async('string');
  const after = edit(before);
  if (after === before) throw new Error(`edit of ${part} changed nothing`);
  zip.file(part, after);
  return zip.generateAsync({ type: 'uint8array' });
}

function errorsOf(results: readonly { part: string; errors: readonly string[] }[], part: string): readonly string[] {
  const result = results.find((r) => r.part === part);
  if (!result) throw new Error(`${part} was not validated`);
  return result.errors;
}

/** A hand-made document.xml using Office 2010/2012 extensions the way Word writes them. */
function documentWithExtensions(options: { ignorable: string; runExtra?: string; pAttrs?: string }): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    `<w:document xmlns:w="${W}" xmlns:mc="${MC}" xmlns:w14="${W14}" xmlns:w15="${W15}" ` +
    `xmlns:w16se="${W16SE}" mc:Ignorable="${options.ignorable}">` +
    '<w:body>' +
    `<w:p w14:paraId="1A2B3C4D" w14:textId="77777777"${options.pAttrs ?? ''}>` +
    '<w:pPr><w:pStyle w:val="Heading1"/><w15:collapsed w:val="1"/></w:pPr>' +
    '<w:r><w:rPr><w:b/><w14:ligatures w14:val="standard"/>' +
    '<w14:textOutline w14:w="9525"><w14:solidFill><w14:srgbClr w14:val="FF0000"/></w14:solidFill></w14:textOutline>' +
    '</w:rPr><w:t>Tittel</w:t></w:r>' +
    `<w:r>${options.runExtra ?? ''}<w:t xml:space="preserve"> og mer</w:t></w:r>` +
    '</w:p>' +
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w15:footnoteColumns w:val="1"/></w:sectPr>' +
    '</w:body></w:document>'
  );
}

describe('the OOXML schemas', () => {
  it('are found beside the repository and their target namespaces are SCHEMA_NAMESPACES', () => {
    expect(fs.existsSync(path.join(SCHEMA_DIR, 'wml.xsd'))).toBe(true);
    const targets = new Set(
      loadSchemaFiles().map((f) => /\btargetNamespace="([^"]+)"/.exec(f.contents)?.[1] ?? `(none in ${f.fileName})`),
    );
    expect([...targets].sort()).toEqual([...SCHEMA_NAMESPACES].sort());
  });
});

describe('stripMarkupCompatibility', () => {
  it('drops mc:Ignorable and the elements (with their content) and attributes of the listed namespaces', () => {
    const out = stripMarkupCompatibility(documentWithExtensions({ ignorable: 'w14 w15' }));
    expect(out).not.toMatch(/mc:Ignorable|w14:|w15:/);
    expect(out).toContain('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>Tittel</w:t></w:r>');
    expect(out).toContain('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>');
    // Declarations are kept (harmless to the validator); the root stays on its line (2).
    expect(out).toContain(`xmlns:w14="${W14}"`);
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ')).toBe(true);
  });

  it('keeps what is not listed, and never ignores a namespace the schemas define', () => {
    const out = stripMarkupCompatibility(documentWithExtensions({ ignorable: 'w14 w' }));
    expect(out).not.toContain('w14:');
    expect(out).toContain('<w15:collapsed w:val="1"/>');
    expect(out).toContain('<w:t>Tittel</w:t>');
  });

  it('resolves prefixes by namespace, in the scope of the element that lists them', () => {
    const xml =
      `<w:document xmlns:w="${W}" xmlns:mc="${MC}"><w:body>` +
      `<w:p xmlns:x="${W14}" mc:Ignorable="x"><w:r x:a="1"><x:b/><w:t>1</w:t></w:r></w:p>` +
      // Same namespace, other prefix, outside the scope of the Ignorable above: kept.
      `<w:p xmlns:y="${W14}"><y:c/></w:p>` +
      '</w:body></w:document>';
    expect(stripMarkupCompatibility(xml)).toBe(
      `<w:document xmlns:w="${W}" xmlns:mc="${MC}"><w:body>` +
        `<w:p xmlns:x="${W14}"><w:r><w:t>1</w:t></w:r></w:p>` +
        `<w:p xmlns:y="${W14}"><y:c/></w:p>` +
        '</w:body></w:document>',
    );
  });

  it('replaces mc:AlternateContent by the content of mc:Fallback, moving its namespace declarations', () => {
    const xml =
      `<w:document xmlns:w="${W}" xmlns:mc="${MC}"><w:body><w:p><w:r>` +
      `<mc:AlternateContent xmlns:wps="${WPS}"><mc:Choice Requires="wps"><w:drawing><wps:wsp/></w:drawing></mc:Choice>` +
      `<mc:Fallback xmlns:v="${V}"><w:pict><v:rect/></w:pict><w:t>b</w:t></mc:Fallback></mc:AlternateContent>` +
      '</w:r></w:p></w:body></w:document>';
    expect(stripMarkupCompatibility(xml)).toBe(
      `<w:document xmlns:w="${W}" xmlns:mc="${MC}"><w:body><w:p><w:r>` +
        `<w:pict xmlns:wps="${WPS}" xmlns:v="${V}"><v:rect/></w:pict><w:t xmlns:wps="${WPS}" xmlns:v="${V}">b</w:t>` +
        '</w:r></w:p></w:body></w:document>',
    );
    // Without a Fallback, nothing is left.
    expect(
      stripMarkupCompatibility(
        `<w:r xmlns:w="${W}" xmlns:mc="${MC}"><mc:AlternateContent><mc:Choice Requires="w"><w:t>a</w:t></mc:Choice></mc:AlternateContent></w:r>`,
      ),
    ).toBe(`<w:r xmlns:w="${W}" xmlns:mc="${MC}"/>`);
  });

  it('keeps the content of an ignored element named in mc:ProcessContent', () => {
    const xml =
      `<w:body xmlns:w="${W}" xmlns:mc="${MC}" xmlns:w14="${W14}" mc:Ignorable="w14" mc:ProcessContent="w14:wrap">` +
      '<w14:wrap w14:a="1"><w:p/></w14:wrap><w14:gone><w:p/></w14:gone></w:body>';
    expect(stripMarkupCompatibility(xml)).toBe(`<w:body xmlns:w="${W}" xmlns:mc="${MC}" xmlns:w14="${W14}"><w:p/></w:body>`);
  });

  it('escapes text and attributes again, and keeps comments, CDATA and processing instructions', () => {
    const xml =
      `<!-- før --><w:t xmlns:w="${W}" a="&quot;&amp;&lt;&#10;&#9;" b='x"y'>&amp; &lt; &gt; æ &#x1F600;` +
      '<![CDATA[<raw>]]><?pi data?><!-- c --></w:t>';
    expect(stripMarkupCompatibility(xml)).toBe(
      `<!-- før --><w:t xmlns:w="${W}" a="&quot;&amp;&lt;&#10;&#9;" b="x&quot;y">&amp; &lt; &gt; æ \u{1F600}` +
        '<![CDATA[<raw>]]><?pi data?><!-- c --></w:t>',
    );
  });

  it('throws on XML that is not well-formed and on undeclared prefixes in mc:Ignorable', () => {
    expect(() => stripMarkupCompatibility(`<w:p xmlns:w="${W}"><w:r></w:p>`)).toThrow();
    expect(() => stripMarkupCompatibility(`<w:p xmlns:w="${W}" xmlns:mc="${MC}" mc:Ignorable="w99"/>`)).toThrow(
      /undeclared namespace prefix "w99"/,
    );
  });
});

describe('validateDocx / expectValidDocx', () => {
  let sample: Uint8Array;
  beforeAll(async () => {
    sample = await packDocx(sampleDocument());
  });

  it('passes a document made by the docx library (heading, paragraph, table with header row, footer)', async () => {
    const results = await validateDocx(sample);
    expect(results.map((r) => r.part).sort()).toEqual([
      'word/document.xml',
      'word/endnotes.xml',
      'word/fontTable.xml',
      'word/footer1.xml',
      'word/footnotes.xml',
      'word/numbering.xml',
      'word/settings.xml',
      'word/styles.xml',
    ]);
    expect(results.filter((r) => r.errors.length > 0)).toEqual([]);
    await expect(expectValidDocx(sample)).resolves.toBeUndefined();
    // The docx library declares mc:Ignorable: the stripping step is what makes this pass.
    const documentXml = await (await JSZip.loadAsync(sample)).file('word/document.xml')?.async('string');
    expect(documentXml).toContain('mc:Ignorable="w14 w15 wp14"');
  });

  it('fails the same document with a stray element in word/document.xml', async () => {
    const broken = await editPart(sample, 'word/document.xml', (xml) => xml.replace('<w:body>', '<w:body><w:bogus/>'));
    const results = await validateDocx(broken);
    expect(errorsOf(results, 'word/document.xml')).toEqual([
      expect.stringMatching(/Element '\{http:\/\/schemas\.openxmlformats\.org\/wordprocessingml\/2006\/main\}bogus': This element is not expected/),
    ]);
    expect(results.filter((r) => r.errors.length > 0).map((r) => r.part)).toEqual(['word/document.xml']);
  });

  it('expectValidDocx throws naming the part and its first errors', async () => {
    // In a run rather than in the body: libxml2 takes ~1.5 s to word the error for w:body.
    const broken = await editPart(sample, 'word/footer1.xml', (xml) => xml.replace('<w:r>', '<w:r><w:bogus/>'));
    await expect(expectValidDocx(broken)).rejects.toThrow(
      /^The \.docx does not validate against the OOXML schemas \(.*\):\n {2}word\/footer1\.xml: 1 error\(s\)\n {4}line 1: .*main\}bogus': This element is not expected/,
    );
  });

  it('reports a part that is not well-formed without running the schema on it', async () => {
    const broken = await editPart(sample, 'word/styles.xml', (xml) => xml.replace('</w:styles>', '</w:style>'));
    const results = await validateDocx(broken);
    expect(errorsOf(results, 'word/styles.xml')).toEqual([expect.stringMatching(/^not well-formed/)]);
    expect(errorsOf(results, 'word/document.xml')).toEqual([]);
  });

  it('validates chart parts against dml-chart.xsd, and can fail them', async () => {
    const withChart = await packDocx(
      sampleDocument([
        new ChartRun({
          type: 'column',
          title: 'Regnskap',
          categories: ['2016', '2017'],
          series: [
            { name: 'Budsjett', values: [100, 200], color: '4472C4' },
            { name: 'Regnskap', values: [110, null], color: 'ED7D31' },
          ],
        }),
      ]),
    );
    const results = await validateDocx(withChart);
    expect(results.map((r) => r.part)).toContain('word/charts/chart1.xml');
    expect(results.filter((r) => r.errors.length > 0)).toEqual([]);

    const broken = await editPart(withChart, 'word/charts/chart1.xml', (xml) =>
      xml.replace('<c:chart>', '<c:chart><c:bogus/>'),
    );
    const brokenResults = await validateDocx(broken);
    expect(errorsOf(brokenResults, 'word/charts/chart1.xml')).toEqual([expect.stringMatching(/chart\}bogus'/)]);
    expect(errorsOf(brokenResults, 'word/document.xml')).toEqual([]);
  });
});

describe('Markup Compatibility in a hand-made document.xml', () => {
  const validate = async (xml: string): Promise<readonly string[]> =>
    (await validateParts([{ part: 'word/document.xml', xml }], 'wml.xsd'))[0]?.errors ?? ['not validated'];

  it('passes with w14/w15 attributes and elements listed in mc:Ignorable', async () => {
    expect(await validate(documentWithExtensions({ ignorable: 'w14 w15' }))).toEqual([]);
  });

  it('fails when a w15 element is present but w15 is not listed as ignorable', async () => {
    expect(await validate(documentWithExtensions({ ignorable: 'w14' }))).toEqual([
      expect.stringContaining("Element '{http://schemas.microsoft.com/office/word/2012/wordml}collapsed': This element is not expected"),
      expect.stringContaining("Element '{http://schemas.microsoft.com/office/word/2012/wordml}footnoteColumns': This element is not expected"),
    ]);
  });

  it('fails on a non-ignorable unknown element, and on a non-ignorable unknown attribute', async () => {
    const element = await validate(
      documentWithExtensions({ ignorable: 'w14 w15', runExtra: '<w16se:symEx w16se:font="Segoe UI Emoji" w16se:char="1F600"/>' }),
    );
    expect(element).toEqual([expect.stringContaining('symex}symEx')]);
    const attribute = await validate(documentWithExtensions({ ignorable: 'w14 w15', pAttrs: ' w16se:x="1"' }));
    expect(attribute).toEqual([expect.stringContaining("attribute '{http://schemas.microsoft.com/office/word/2015/wordml/symex}x': The attribute")]);
  });

  it('does not let mc:Ignorable="w" hide WordprocessingML itself', async () => {
    const xml = documentWithExtensions({ ignorable: 'w14 w15 w', runExtra: '<w:bogus/>' });
    expect(await validate(xml)).toEqual([expect.stringContaining('main}bogus')]);
  });
});

describe('a .docx written by LibreOffice (test/fixtures/libreoffice-written.docx)', () => {
  // Made by scripts/make-libreoffice-docx-fixture.ts with LibreOffice 7.4 (not on CI): a docx
  // library document opened and saved as .docx. Known state: every WordprocessingML part it
  // writes is valid after Markup Compatibility stripping (it lists w14 wp14 w15 as ignorable).
  it('is schema-valid', async () => {
    const docx = new Uint8Array(fs.readFileSync(LIBREOFFICE_FIXTURE));
    const zip = await JSZip.loadAsync(docx);
    expect(await zip.file('word/document.xml')?.async('string')).toContain('Årsmelding 2017');
    const results = await validateDocx(docx);
    expect(results.map((r) => r.part).sort()).toEqual([
      'word/document.xml',
      'word/fontTable.xml',
      'word/footer1.xml',
      'word/numbering.xml',
      'word/settings.xml',
      'word/styles.xml',
    ]);
    expect(results.filter((r) => r.errors.length > 0)).toEqual([]);
  });
});
