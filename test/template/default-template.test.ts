import { readFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import { patchDetector } from 'docx';
import { buildTemplate, DEFAULT_TEMPLATE_PATH } from '../../scripts/build-template';
import { PLACEHOLDERS, lookupPlaceholder } from '../../src/report/template/catalog';

const TEMPLATE = join(__dirname, '../../templates/arsmelding.docx');

/** Catalogue placeholders (text and block) the default template leaves out on purpose, and why. */
const NOT_IN_DEFAULT_TEMPLATE: ReadonlyMap<string, string> = new Map([
  ['udekket_merforbruk', 'an alternative that disponering_tekst already covers'],
  ['tabell:', 'generic: used by name, as {{tabell:Feide}}, {{tabell:Brev}} and {{tabell:Helpdesk}}'],
  ['diagram:', 'generic: the template uses the named charts ({{diagram:Brukere}} would repeat {{diagram_brukere}})'],
]);

const EXPECTED = [
  'selskap', 'aar', 'rapporttittel', 'resultat', 'resultat_tekst', 'antall_ansvar', 'vedtatte_avsetninger',
  'udisponert', 'udisponert_tekst', 'disponering_tekst', 'fond_ib', 'fond_ub', 'fond_endring',
  'fond_ub_etter_disponering', 'tabell_ansvar', 'liste_avvik', 'tabell_vesentlige_avvik', 'tabell_fond',
  'tabell_disponering', 'tabell:Feide', 'tabell:Brev', 'tabell:Helpdesk', 'diagram_driftsutgifter',
  'diagram_refusjon_andel', 'diagram_refusjon', 'diagram_brukere', 'kontrolloppstilling',
].sort();

/** A placeholder as one run: a name, or tabell:/diagram: and the name of a sheet or range. */
const WHOLE_PLACEHOLDER = /^\{\{(?:[a-z_]+|(?:tabell|diagram):[\p{L}\p{N} _]+)\}\}$/u;

const decode = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The body's paragraphs in order (the template has no tables, so paragraphs do not nest). */
function paragraphs(xml: string): string[] {
  return xml.match(/<w:p\b[^>]*\/>|<w:p\b[^>]*>[\s\S]*?<\/w:p>/g) ?? [];
}

/** The text of a paragraph or part: its w:t contents joined. */
function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? '')).join('');
}

/** The contents of every w:t element. */
function runTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? ''));
}

describe('the default template templates/arsmelding.docx', () => {
  let bytes: Buffer;
  let zip: JSZip;
  let documentXml: string;
  let stylesXml: string;
  let placeholders: string[];

  beforeAll(async () => {
    bytes = readFileSync(TEMPLATE);
    zip = await JSZip.loadAsync(bytes);
    documentXml = await zip.file('word/document.xml')!.async('string');
    stylesXml = await zip.file('word/styles.xml')!.async('string');
    placeholders = [...(await patchDetector({ data: bytes }))];
  });

  it('is the script\'s default output', () => {
    expect(DEFAULT_TEMPLATE_PATH).toBe(TEMPLATE);
  });

  it('equals a fresh build byte for byte (run `npx ts-node --transpile-only scripts/build-template.ts`)', async () => {
    const fresh = await buildTemplate();
    expect(Buffer.from(fresh).equals(bytes)).toBe(true);
  });

  it('has fixed dates in its properties and zip entries', async () => {
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toMatch(/<dcterms:created\b[^>]*>2000-01-01T00:00:00Z<\/dcterms:created>/);
    expect(core).toMatch(/<dcterms:modified\b[^>]*>2000-01-01T00:00:00Z<\/dcterms:modified>/);
    for (const entry of Object.values(zip.files)) {
      // JSZip reads a DOS date and time as UTC.
      expect(entry.date.toISOString()).toBe('2000-01-01T00:00:00.000Z');
    }
  });

  it('uses exactly the expected placeholders', () => {
    expect([...new Set(placeholders)].sort()).toEqual(EXPECTED);
  });

  it('uses only placeholders the catalog knows', () => {
    expect(placeholders.filter((name) => lookupPlaceholder(name) === undefined)).toEqual([]);
  });

  it('uses every text and block placeholder of the catalog but those it leaves out for a reason', () => {
    const used = new Set(placeholders);
    const wanted = PLACEHOLDERS.filter((p) => p.kind !== 'rows' && !NOT_IN_DEFAULT_TEMPLATE.has(p.name)).map((p) => p.name);
    expect(wanted.filter((name) => !used.has(name))).toEqual([]);
    // What is left out is in the catalogue and really left out (a generic one is used by name instead).
    for (const name of NOT_IN_DEFAULT_TEMPLATE.keys()) {
      expect(PLACEHOLDERS.map((p) => p.name)).toContain(name);
      expect(used.has(name)).toBe(false);
    }
    expect(placeholders.filter((name) => name.startsWith('tabell:'))).toHaveLength(3);
  });

  it('writes every placeholder as one run holding exactly {{name}}', async () => {
    for (const part of Object.keys(zip.files).filter((name) => /^word\/.*\.xml$/.test(name))) {
      const xml = await zip.file(part)!.async('string');
      for (const t of runTexts(xml)) {
        if (t.includes('{') || t.includes('}')) expect(t).toMatch(WHOLE_PLACEHOLDER);
      }
      // No placeholder is split: the part's text has as many placeholders as its runs have whole ones.
      const inText = textOf(xml).match(/\{\{[^}]*\}\}/g) ?? [];
      const whole = runTexts(xml).filter((t) => WHOLE_PLACEHOLDER.test(t));
      expect(inText).toEqual(whole);
    }
  });

  it('puts each block placeholder alone in its paragraph, followed by a normal paragraph', () => {
    const paras = paragraphs(documentXml);
    const blocks = placeholders.filter((name) => lookupPlaceholder(name)?.kind === 'block');
    expect(blocks).toHaveLength(13);
    for (const name of blocks) {
      const at = paras.flatMap((p, i) => (textOf(p).includes(`{{${name}}}`) ? [i] : []));
      expect(at).toHaveLength(1);
      const i = at[0]!;
      expect(textOf(paras[i]!)).toBe(`{{${name}}}`);
      const next = paras[i + 1];
      expect(next).toBeDefined();
      expect(next).not.toMatch(/<w:pStyle\b/);
      // Nothing but that paragraph lies between the two.
      expect(documentXml.indexOf(next!, documentXml.indexOf(paras[i]!))).toBe(documentXml.indexOf(paras[i]!) + paras[i]!.length);
    }
  });

  it('has the chapters of the report as Heading1/Heading2 paragraphs', () => {
    const headings = paragraphs(documentXml)
      .filter((p) => /<w:pStyle w:val="Heading[12]"\/>/.test(p))
      .map((p) => textOf(p));
    expect(headings).toEqual([
      '1 Ansvarsområde',
      '2 Situasjonsbeskrivelse',
      '2.1 Organisering og bemanning',
      '2.2 Prosjekter',
      '2.3 Daglig drift',
      '2.4 Arbeidsmiljø og sykefravær',
      '2.5 Likestilling',
      '2.6 Etikk',
      '3 Mål og resultater',
      '3.1 Mål',
      '3.2 Resultater',
      '4 Regnskap sammenlignet med budsjett',
      '4.1 Vesentlige avvik',
      '4.2 Driftsutgifter fordelt på ansvar',
      '4.3 Kommunal refusjon sett mot brutto utgifter',
      '4.4 Refusjon fordelt på kommunene',
      '4.5 Brukere av fellesløsningen',
      '4.6 Disposisjonsfond',
      '5 Disponering av resultatet',
      '6 Framtidige utfordringer',
      '7 Vedlegg',
      '7.1 Kontrolloppstilling',
    ]);
    expect(stylesXml).toMatch(/<w:style [^>]*w:styleId="Heading1"><w:name w:val="heading 1"\/>.*?<w:outlineLvl w:val="0"\/>/);
    expect(stylesXml).toMatch(/<w:style [^>]*w:styleId="Heading2"><w:name w:val="heading 2"\/>.*?<w:outlineLvl w:val="1"\/>/);
  });

  it('is A4 portrait with the agreed margins, in Arial and Norwegian bokmål', () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(documentXml).toMatch(/<w:pgMar w:top="1134" w:right="1417" w:bottom="1134" w:left="1417"/);
    const defaults = /<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/.exec(stylesXml)?.[1] ?? '';
    expect(defaults).toContain('w:ascii="Arial"');
    expect(defaults).toContain('<w:lang w:val="nb-NO"/>');
  });

  it('has a footer with the company, the title and the page number', async () => {
    const footers = await Promise.all(
      Object.keys(zip.files).filter((n) => /^word\/footer\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')),
    );
    const main = footers.find((xml) => xml.includes('PAGE'));
    expect(main).toBeDefined();
    expect(textOf(main!)).toBe('{{selskap}} – {{rapporttittel}}');
  });

  it('marks the sample text the organisation replaces, and not the computed chapters 4 and 5', () => {
    const paras = paragraphs(documentXml).map(textOf);
    const start = paras.indexOf('4 Regnskap sammenlignet med budsjett');
    const end = paras.indexOf('6 Framtidige utfordringer');
    expect(paras.slice(start, end).some((p) => p.includes('Eksempeltekst'))).toBe(false);
    const samples = paras.filter((p) => p.includes('Eksempeltekst'));
    expect(samples.length).toBeGreaterThanOrEqual(10);
    for (const p of samples) expect(p.startsWith('[Eksempeltekst – erstatt:] ')).toBe(true);
  });
});
