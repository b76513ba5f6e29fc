/** The text of one paragraph of a template part, as a reader sees it (runs joined). */
export interface TemplateParagraph {
  readonly part: string;
  readonly text: string;
  readonly inTable: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/**
 * Every paragraph (w:p) of a WordprocessingML part with its text (w:t, and w:tab as a space),
 * however Word split it into runs. Nested paragraphs (text boxes) are paragraphs of their own.
 */
export function paragraphTexts(xml: string, part: string): TemplateParagraph[] {
  const out: TemplateParagraph[] = [];
  const stack: { text: string; inTable: boolean }[] = [];
  let cellDepth = 0;
  let inText = false;
  const tags = /<(\/?)(w:p|w:t|w:tc|w:tab)(?=[\s/>])[^>]*?(\/?)>|([^<]+)|<[^>]*>/g;
  for (const m of xml.matchAll(tags)) {
    const [, closing, name, selfClosing, text] = m;
    const top = stack[stack.length - 1];
    if (text !== undefined) {
      if (inText && top !== undefined) top.text += decode(text);
      continue;
    }
    if (name === undefined) continue;
    if (name === 'w:tc') cellDepth += closing ? -1 : selfClosing ? 0 : 1;
    else if (name === 'w:t') inText = !closing && !selfClosing;
    else if (name === 'w:tab' && !closing && top !== undefined) top.text += ' ';
    else if (name === 'w:p') {
      if (!closing) stack.push({ text: '', inTable: cellDepth > 0 });
      if (closing || selfClosing) {
        const p = stack.pop();
        if (p !== undefined) out.push({ part, text: p.text, inTable: p.inTable });
      }
    }
  }
  return out;
}

/** The placeholders written in a text: "{{ navn }}" gives "navn". */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)].map((m) => m[1] ?? '');
}
