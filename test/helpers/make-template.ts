import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import JSZip from 'jszip';

/** A paragraph as text, or as the runs Word split it into; or a table of cell texts. */
export type TemplateBlock = string | readonly string[] | { readonly table: readonly (readonly string[])[] };

const paragraph = (runs: readonly string[]) => new Paragraph({ children: runs.map((text, i) => new TextRun({ text, bold: i % 2 === 1 })) });

/**
 * A .docx template made in the test. Runs after the first of a split paragraph are separated
 * the way Word separates them after editing and spell-checking: proofErr marks and a bookmark.
 */
export async function makeTemplate(blocks: readonly TemplateBlock[]): Promise<Uint8Array> {
  const children = blocks.map((b) => {
    if (typeof b === 'string') return paragraph([b]);
    if ('table' in b) {
      return new Table({ rows: b.table.map((cells) => new TableRow({ children: cells.map((c) => new TableCell({ children: [paragraph([c])] })) })) });
    }
    return paragraph(b as readonly string[]);
  });
  const doc = new Document({ sections: [{ children: [...children, new Paragraph('')] }] });
  const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
  const xml = await zip.file('word/document.xml')!.async('string');
  let n = 0;
  const split = xml.replace(/<\/w:r><w:r>/g, () => {
    n += 1;
    return `</w:r><w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="${n}" w:name="_Tmp${n}"/><w:bookmarkEnd w:id="${n}"/><w:proofErr w:type="spellEnd"/><w:r>`;
  });
  zip.file('word/document.xml', split);
  return zip.generateAsync({ type: 'uint8array' });
}
