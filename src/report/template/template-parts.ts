import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { hasForbiddenXmlCharacters } from '../../core/read/xml-safe-text';
import { paragraphTexts, type TemplateParagraph } from './paragraph-texts';

/** The parts of a .docx that hold text a template author writes: body, headers, footers, notes. */
const TEXT_PART = /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;

/** A character XML forbids, written as it is or as a character reference (&#1;, &#xFFFE;). */
function forbidsXml(xml: string): boolean {
  if (hasForbiddenXmlCharacters(xml)) return true;
  for (const m of xml.matchAll(/&#(?:x([0-9a-f]+)|([0-9]+));/gi)) {
    const code = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]);
    if (code > 0x10ffff || hasForbiddenXmlCharacters(String.fromCodePoint(code))) return true;
  }
  return false;
}

/**
 * Every paragraph of the template's text parts; none when the file holds no word/document.xml.
 * Rejects when an XML part is not well-formed XML or holds a character XML forbids (a control
 * character, U+FFFE, also as a character reference): the patcher would carry it into a
 * document Word cannot open.
 */
export async function readParagraphs(docx: Uint8Array): Promise<TemplateParagraph[]> {
  const zip = await JSZip.loadAsync(docx);
  if (zip.file('word/document.xml') === null) return [];
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/i.test(n))) {
    const xml = await zip.file(name)?.async('string') ?? '';
    if (forbidsXml(xml)) throw new Error(`${name} holds characters XML forbids`);
    // a strict parse: the patcher's own parser lets some broken XML through (a "<" inside an
    // attribute value), and would then write a document Word cannot open
    new SaxesParser().write(xml).close();
  }
  const names = Object.keys(zip.files).filter((n) => TEXT_PART.test(n)).sort();
  const parts = await Promise.all(names.map(async (name) => paragraphTexts(await zip.file(name)?.async('string') ?? '', name)));
  return parts.flat();
}
