import JSZip from 'jszip';
import { paragraphTexts, type TemplateParagraph } from './paragraph-texts';

/** The parts of a .docx that hold text a template author writes: body, headers, footers, notes. */
const TEXT_PART = /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;

/** Every paragraph of the template's text parts; none when the file holds no word/document.xml. */
export async function readParagraphs(docx: Uint8Array): Promise<TemplateParagraph[]> {
  const zip = await JSZip.loadAsync(docx);
  if (zip.file('word/document.xml') === null) return [];
  const names = Object.keys(zip.files).filter((n) => TEXT_PART.test(n)).sort();
  const parts = await Promise.all(names.map(async (name) => paragraphTexts(await zip.file(name)?.async('string') ?? '', name)));
  return parts.flat();
}
