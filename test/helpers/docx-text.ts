import JSZip from 'jszip';
import { SaxesParser } from 'saxes';

/**
 * The text of a .docx body as a reader sees it: one line per paragraph (table cells are
 * paragraphs too), no-break spaces shown as spaces. Independent of the product's own reader.
 */
export async function docxText(docx: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file('word/document.xml')!.async('string');
  const lines: string[] = [];
  let current: string[] = [];
  let inText = false;
  const parser = new SaxesParser({ xmlns: false });
  parser.on('opentag', (tag) => {
    if (tag.name === 'w:t') inText = true;
    if (tag.name === 'w:tab') current.push('\t');
    if (tag.name === 'w:p') current = [];
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:t') inText = false;
    if (tag.name === 'w:p') lines.push(current.join('').replace(/\u00a0/g, ' '));
  });
  parser.on('text', (text) => {
    if (inText) current.push(text);
  });
  parser.write(xml).close();
  return lines;
}
