// Builds the default report template templates/arsmelding.docx with the docx library:
//   npx ts-node --transpile-only scripts/build-template.ts [output.docx]
//
// The template is an ordinary Word document with {{placeholders}} (see
// src/report/template/catalog.ts). Every placeholder is written as one run holding exactly
// `{{name}}`; block placeholders (tables, lists) stand alone in their paragraph, and a normal
// paragraph always follows them (the docx patcher needs one after an inserted table).
//
// Font: Arial, which LibreOffice renders with Liberation Sans (same metrics; Debian package
// fonts-liberation2). Language nb-NO. A4 portrait, margins 2.5 cm left/right, 2 cm top/bottom.
//
// The output is byte-identical from run to run: docProps/core.xml gets fixed created/modified
// dates, and every zip entry the same fixed modification time.

import { writeFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import {
  Document,
  Footer,
  Packer,
  PageBreak,
  LineRuleType,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
} from 'docx';
import { withFixedZipDates } from '../src/report/zip/fixed-zip-dates';

export const DEFAULT_TEMPLATE_PATH = path.join(__dirname, '..', 'templates', 'arsmelding.docx');

/** The moment written into docProps/core.xml and every zip entry. */
const FIXED_TIME = '2000-01-01T00:00:00Z';

const FONT = 'Arial';
const LANGUAGE = 'nb-NO';
const SAMPLE_MARKER = '[Eksempeltekst – erstatt:]';

// Sizes in twentieths of a point (twips); 1 cm = 566.9 twips.
const PAGE_WIDTH = 11906; // A4
const PAGE_HEIGHT = 16838;
const MARGIN_LEFT_RIGHT = 1417; // 2.5 cm
const MARGIN_TOP_BOTTOM = 1134; // 2 cm
const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_LEFT_RIGHT;

// ---------------------------------------------------------------------------------------------
// Building blocks

/** A run holding exactly one placeholder. */
const ph = (name: string): TextRun => new TextRun(`{{${name}}}`);

/** Running text: strings and placeholder runs, e.g. text('Året ', ph('aar'), '.'). */
function text(...parts: (string | TextRun)[]): Paragraph {
  return new Paragraph({ children: parts.map((part) => (typeof part === 'string' ? new TextRun(part) : part)) });
}

/** Running text right after a block placeholder: a little space between a table and the text below it. */
function textAfterBlock(...parts: (string | TextRun)[]): Paragraph {
  return new Paragraph({
    spacing: { before: 120 },
    children: parts.map((part) => (typeof part === 'string' ? new TextRun(part) : part)),
  });
}

/** A placeholder alone in its paragraph (every block placeholder, and disponering_tekst). */
const blockParagraph = (name: string): Paragraph => new Paragraph({ children: [ph(name)] });

/** An empty normal paragraph (kept after a block placeholder that has no sentence after it). */
const empty = (): Paragraph => new Paragraph({ children: [] });

/** Sample text the organisation replaces, marked in italics at the start. */
function sample(...parts: (string | TextRun)[]): Paragraph {
  return new Paragraph({
    children: [
      new TextRun({ text: SAMPLE_MARKER, italics: true, color: '7F7F7F' }),
      new TextRun(' '),
      ...parts.map((part) => (typeof part === 'string' ? new TextRun(part) : part)),
    ],
  });
}

const heading1 = (title: string): Paragraph => new Paragraph({ style: 'Heading1', children: [new TextRun(title)] });
const heading2 = (title: string): Paragraph => new Paragraph({ style: 'Heading2', children: [new TextRun(title)] });

// ---------------------------------------------------------------------------------------------
// Content

function titlePage(): Paragraph[] {
  return [
    new Paragraph({ style: 'Title', spacing: { before: 4800 }, children: [ph('rapporttittel')] }),
    new Paragraph({ style: 'Subtitle', children: [ph('selskap')] }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function chapters(): Paragraph[] {
  return [
    heading1('1 Ansvarsområde'),
    sample(
      'Gjengi kort hva selskapsavtalen sier at selskapet skal gjøre for eierne, for eksempel felles innkjøp, ',
      'drift og brukerstøtte for IKT-løsninger. Vis gjerne til paragrafen i avtalen.',
    ),

    heading1('2 Situasjonsbeskrivelse'),
    heading2('2.1 Organisering og bemanning'),
    sample(
      'Oppgi styret og varamedlemmene som representantskapet har valgt, og hvor mange møter og saker styret hadde i ',
      ph('aar'),
      '. Før også opp de ansatte med stilling, stillingsprosent og kontorsted.',
    ),
    heading2('2.2 Prosjekter'),
    sample(
      'Fortell hvilke fellesprosjekter selskapet har ledet eller deltatt i, og hva de krever av ressurser ',
      'hos selskapet og hos eierne.',
    ),
    text(
      'Skolene bruker Feide for å logge inn på digitale læremidler og andre tjenester. ',
      'Slik fordelte innloggingene i ',
      ph('aar'),
      ' seg på kommunene:',
    ),
    blockParagraph('tabell:Feide'),
    empty(),
    heading2('2.3 Daglig drift'),
    sample(
      'Beskriv arbeidet med løsningene som allerede er i bruk: hvor mange systemer selskapet har ansvar for, ',
      'brukerstøtte, oppgraderinger og integrasjoner.',
    ),
    text('Brev registrert i det felles sak- og arkivsystemet i ', ph('aar'), ', inngående og utgående, per kommune:'),
    blockParagraph('tabell:Brev'),
    textAfterBlock(
      'Henvendelser om feil og hjelp registreres som saker i helpdeskløsningen. ',
      'Tabellen viser sakene i ',
      ph('aar'),
      ' fordelt på kommunene og selskapet selv:',
    ),
    blockParagraph('tabell:Helpdesk'),
    empty(),
    heading2('2.4 Arbeidsmiljø og sykefravær'),
    sample(
      'Oppgi sykefraværet i prosent og om det har vært skader eller ulykker. Gi styrets vurdering av arbeidsmiljøet.',
    ),
    heading2('2.5 Likestilling'),
    sample(
      'Oppgi fordelingen mellom kvinner og menn blant de ansatte, i styret og blant varamedlemmene, ',
      'og om det er gjort tiltak for likestilling i året.',
    ),
    heading2('2.6 Etikk'),
    sample('Beskriv hvordan selskapet sikrer en god etisk standard, for eksempel rutiner for offentlige anskaffelser og intern kontroll.'),

    heading1('3 Mål og resultater'),
    heading2('3.1 Mål'),
    sample('List opp hovedmålene representantskapet satte for ', ph('aar'), '.'),
    heading2('3.2 Resultater'),
    sample('Gå gjennom målene ett for ett: hva ble nådd, hva gjenstår, og hvorfor.'),

    heading1('4 Regnskap sammenlignet med budsjett'),
    text('Regnskapet for ', ph('aar'), ' viser et regnskapsmessig ', ph('resultat_tekst'), ' på kr ', ph('resultat'), '.'),
    text(
      'Tabellen viser regnskap og regulert budsjett for hvert ansvar, med avvik i kroner og prosent. Regnskapet er ført på ',
      ph('antall_ansvar'),
      ' ansvar.',
    ),
    blockParagraph('tabell_ansvar'),
    textAfterBlock('Mer- og mindreforbruk fordelt på ansvar:'),
    blockParagraph('liste_avvik'),
    textAfterBlock(
      'Avsetningene styret har vedtatt gjennom budsjettregulering, til sammen kr ',
      ph('vedtatte_avsetninger'),
      ', er regnet med i resultatet over. Udisponert ',
      ph('udisponert_tekst'),
      ' er dermed kr ',
      ph('udisponert'),
      '.',
    ),
    heading2('4.1 Vesentlige avvik'),
    text('Avvik som regnes som vesentlige, er forklart i tabellen.'),
    blockParagraph('tabell_vesentlige_avvik'),
    empty(),
    heading2('4.2 Driftsutgifter fordelt på ansvar'),
    text('Diagrammet viser hvor stor del av de samlede brutto driftsutgiftene hvert ansvar står for.'),
    blockParagraph('diagram_driftsutgifter'),
    empty(),
    heading2('4.3 Kommunal refusjon sett mot brutto utgifter'),
    text('Diagrammet viser hvor mye av selskapets brutto utgifter eierkommunene har dekket gjennom refusjon.'),
    blockParagraph('diagram_refusjon_andel'),
    empty(),
    heading2('4.4 Refusjon fordelt på kommunene'),
    text('Diagrammet viser hvor mye hver eierkommune har refundert av selskapets utgifter.'),
    blockParagraph('diagram_refusjon'),
    empty(),
    heading2('4.5 Brukere av fellesløsningen'),
    text('Diagrammet viser antall registrerte brukere av den felles driftsløsningen, per kommune og år.'),
    blockParagraph('diagram_brukere'),
    empty(),
    heading2('4.6 Disposisjonsfond'),
    text(
      'Disposisjonsfondene utgjorde kr ',
      ph('fond_ib'),
      ' ved inngangen til året og kr ',
      ph('fond_ub'),
      ' ved utgangen. Endringen før disponering av årets resultat er kr ',
      ph('fond_endring'),
      '.',
    ),
    blockParagraph('tabell_fond'),
    textAfterBlock(
      'Med vedtatte avsetninger og foreslått disponering av resultatet blir fondene til sammen kr ',
      ph('fond_ub_etter_disponering'),
      '.',
    ),

    heading1('5 Disponering av resultatet'),
    blockParagraph('disponering_tekst'),
    text('Det vedtas følgende budsjettregulering:'),
    blockParagraph('tabell_disponering'),
    empty(),

    heading1('6 Framtidige utfordringer'),
    sample(
      'Beskriv hva styret ser som de viktigste utfordringene i årene som kommer, for eksempel digitalisering ',
      'av tjenester, nye krav fra staten og behovet for folk og penger.',
    ),

    heading1('7 Vedlegg'),
    sample('List opp vedleggene, for eksempel en oversikt over fellesløsningene selskapet har innført.'),
    heading2('7.1 Kontrolloppstilling'),
    text(
      'Oppstillingen viser at tallene i årsmeldingen henger sammen med regnskapet. ',
      'Hver kontroll er merket «stemmer» eller «avvik».',
    ),
    blockParagraph('kontrolloppstilling'),
    empty(),
  ];
}

function footer(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'Footer',
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [ph('selskap'), new TextRun(' – '), ph('rapporttittel'), new TextRun({ children: [new Tab(), PageNumber.CURRENT] })],
      }),
    ],
  });
}

function document(): Document {
  return new Document({
    creator: 'arsmelding',
    lastModifiedBy: 'arsmelding',
    title: 'Årsmelding',
    description: 'Standardmal for årsmelding laget av arsmelding (scripts/build-template.ts)',
    revision: 1,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, language: { value: LANGUAGE } },
          // lineRule written out: LibreOffice takes a w:line without it as an exact height, which
          // clips a chart (an inline drawing) to one line; Word's default is auto.
          paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
        },
      },
      paragraphStyles: [
        {
          id: 'Normal',
          name: 'Normal',
          quickFormat: true,
          run: { font: FONT, size: 22, language: { value: LANGUAGE } },
        },
        {
          id: 'Title',
          name: 'Title',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { size: 56, bold: true, color: '1F3864' },
          paragraph: { spacing: { after: 240, line: 240 } },
        },
        {
          id: 'Subtitle',
          name: 'Subtitle',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { size: 32, color: '404040' },
          paragraph: { spacing: { after: 240 } },
        },
        {
          id: 'Heading1',
          name: 'heading 1',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { size: 32, bold: true, color: '1F3864' },
          paragraph: { keepNext: true, keepLines: true, outlineLevel: 0, spacing: { before: 360, after: 120, line: 240 } },
        },
        {
          id: 'Heading2',
          name: 'heading 2',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { size: 26, bold: true, color: '1F3864' },
          paragraph: { keepNext: true, keepLines: true, outlineLevel: 1, spacing: { before: 240, after: 80, line: 240 } },
        },
        {
          id: 'Footer',
          name: 'footer',
          basedOn: 'Normal',
          run: { size: 18, color: '595959' },
          paragraph: { spacing: { after: 0 } },
        },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE_WIDTH, height: PAGE_HEIGHT },
            margin: {
              top: MARGIN_TOP_BOTTOM,
              bottom: MARGIN_TOP_BOTTOM,
              left: MARGIN_LEFT_RIGHT,
              right: MARGIN_LEFT_RIGHT,
              header: 567,
              footer: 567,
            },
          },
        },
        footers: { default: footer(), first: new Footer({ children: [new Paragraph({ style: 'Footer', children: [] })] }) },
        children: [...titlePage(), ...chapters()],
      },
    ],
  });
}

/** Sets dcterms:created and dcterms:modified to the fixed time and every entry's date too. */
async function fixDates(packed: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(packed);
  const date = new Date(FIXED_TIME);
  const core = zip.file('docProps/core.xml');
  if (core === null) throw new Error('docProps/core.xml missing from the package');
  const xml = (await core.async('string')).replace(
    /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
    (_all, open: string, _tag: string, close: string) => `${open}${FIXED_TIME}${close}`,
  );
  zip.file('docProps/core.xml', xml);
  zip.forEach((_name, entry) => {
    entry.date = date;
  });
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  return withFixedZipDates(bytes);
}

/** The default template's bytes; the same on every call. */
export async function buildTemplate(): Promise<Uint8Array> {
  const packed = await Packer.toBuffer(document());
  return fixDates(new Uint8Array(packed));
}

async function main(): Promise<void> {
  const out = path.resolve(process.argv[2] ?? DEFAULT_TEMPLATE_PATH);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, await buildTemplate());
  console.log(`wrote ${out}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
