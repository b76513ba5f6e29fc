import JSZip from 'jszip';
import { withFixedZipDates } from './fixed-zip-dates';

/** docx names a part it adds (a chart, a chart's workbook) `rId` + nanoid, lowercased. */
const RANDOM_RELATIONSHIP_ID = /^rId[0-9a-z_-]{21}$/;
const DRAWING_PARTS = /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;

const byName = (a: string, b: string): number => (a === 'word/document.xml' ? -1 : b === 'word/document.xml' ? 1 : a < b ? -1 : a > b ? 1 : 0);

/**
 * A chart makes docx's output differ from run to run: the chart's and its workbook's
 * relationship ids are random, and drawings (`wp:docPr`) are numbered from one counter for the
 * whole process. This renames the random ids to `rIdS1`, `rIdS2` … in the order they are
 * defined, and numbers the drawings 1, 2 … in the order of the document (as Word does when it
 * saves), so the same template and workbook give the same bytes. Everything else is kept; a
 * document without charts or drawings comes back as it was.
 */
export async function withStableIds(docx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]?.dir && /\.(xml|rels)$/.test(n)).sort(byName);
  const texts = new Map<string, string>();
  for (const name of names) texts.set(name, await zip.file(name)?.async('string') ?? '');

  const defined = names.filter((n) => n.endsWith('.rels')).flatMap((n) => [...(texts.get(n) ?? '').matchAll(/\bId="([^"]+)"/g)].map((m) => m[1] ?? ''));
  const taken = new Set(defined);
  const renamed = new Map<string, string>();
  let next = 1;
  for (const id of defined.filter((d) => RANDOM_RELATIONSHIP_ID.test(d))) {
    while (taken.has(`rIdS${next}`)) next += 1;
    renamed.set(id, `rIdS${next}`);
    taken.add(`rIdS${next}`);
  }

  let drawing = 0;
  const changed = new Map<string, string>();
  for (const name of names) {
    const before = texts.get(name) ?? '';
    let after = renamed.size === 0 ? before : before.replace(/="(rId[0-9a-z_-]{21})"/g, (all, id: string) => {
      const stable = renamed.get(id);
      return stable === undefined ? all : `="${stable}"`;
    });
    if (DRAWING_PARTS.test(name)) after = after.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++drawing}"`);
    if (after !== before) changed.set(name, after);
  }
  // The workbook behind each chart is a zip of its own, stamped with the time it was made.
  const embedded = Object.keys(zip.files).filter((n) => /^word\/embeddings\/.+\.xlsx$/.test(n)).sort(byName);
  if (changed.size === 0 && embedded.length === 0) return docx;
  for (const [name, text] of changed) zip.file(name, text);
  for (const name of embedded) zip.file(name, withFixedZipDates(await zip.file(name)!.async('uint8array')));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
