import { attributeIn } from './xml-text';

export interface SheetEntry {
  readonly name: string;
  readonly hidden: boolean;
  /** The sheet's part in the zip, e.g. "xl/worksheets/sheet2.xml". */
  readonly path: string;
}

export interface WorkbookInfo {
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
  /** The parts of the shared strings and the styles, when the workbook has them. */
  readonly sharedStrings: string | undefined;
  readonly styles: string | undefined;
}

/** Every start tag `<name …>` in xml, as [start, end) of its text. */
function* startTags(xml: string, name: string): Generator<readonly [number, number]> {
  let at = 0;
  for (;;) {
    const open = xml.indexOf(`<${name}`, at);
    if (open < 0) return;
    const next = xml.charCodeAt(open + name.length + 1);
    const end = xml.indexOf('>', open);
    if (end < 0) return;
    if (next === 32 || next === 47 || next === 62 || next === 9 || next === 10 || next === 13) yield [open, end];
    at = end + 1;
  }
}

/** Resolves a relationship target against the folder of the part that names it. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

/** The main part of the package (xl/workbook.xml) as _rels/.rels names it. */
export function officeDocumentPath(rootRelsXml: string): string | undefined {
  for (const [from, to] of startTags(rootRelsXml, 'Relationship')) {
    const type = attributeIn(rootRelsXml, from, to, 'Type') ?? '';
    const target = attributeIn(rootRelsXml, from, to, 'Target');
    if (type.endsWith('/officeDocument') && target !== undefined) return resolveTarget('', target);
  }
  return undefined;
}

/** The .rels part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The sheets of xl/workbook.xml in tab order, their parts (from its .rels) and the date system. */
export function readWorkbookInfo(workbookXml: string, relsXml: string, workbookPath = 'xl/workbook.xml'): WorkbookInfo {
  const targets = new Map<string, string>();
  const byType = new Map<string, string>();
  for (const [from, to] of startTags(relsXml, 'Relationship')) {
    const id = attributeIn(relsXml, from, to, 'Id');
    const target = attributeIn(relsXml, from, to, 'Target');
    const type = attributeIn(relsXml, from, to, 'Type');
    if (id === undefined || target === undefined) continue;
    targets.set(id, resolveTarget(workbookPath, target));
    if (type !== undefined) byType.set(type.slice(type.lastIndexOf('/') + 1), resolveTarget(workbookPath, target));
  }
  const sheets: SheetEntry[] = [];
  for (const [from, to] of startTags(workbookXml, 'sheet')) {
    const name = attributeIn(workbookXml, from, to, 'name');
    const id = attributeIn(workbookXml, from, to, 'r:id');
    const state = attributeIn(workbookXml, from, to, 'state');
    const path = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && path !== undefined) sheets.push({ name, hidden: state === 'hidden' || state === 'veryHidden', path });
  }
  const pr = startTags(workbookXml, 'workbookPr').next();
  const date1904 = pr.done === true ? undefined : attributeIn(workbookXml, pr.value[0], pr.value[1], 'date1904');
  return {
    sheets,
    date1904: date1904 === '1' || date1904 === 'true',
    sharedStrings: byType.get('sharedStrings'),
    styles: byType.get('styles'),
  };
}

/**
 * The cell styles (index into cellXfs) whose number format shows a date, judged as exceljs
 * judges it (its own isDateFmt over the custom or built-in format code), so that the fast
 * reader and exceljs read the same number as the same date. Style 0 never is (exceljs skips it).
 */
export function readDateStyles(
  xml: string,
  builtInFormat: (id: number) => string | undefined,
  isDateFormat: (format: string) => boolean,
): ReadonlySet<number> {
  const custom = new Map<number, string>();
  for (const [from, to] of startTags(xml, 'numFmt')) {
    const id = attributeIn(xml, from, to, 'numFmtId');
    const code = attributeIn(xml, from, to, 'formatCode');
    if (id !== undefined && code !== undefined) custom.set(Number(id), code);
  }
  const dates = new Set<number>();
  const start = xml.indexOf('<cellXfs');
  const end = xml.indexOf('</cellXfs>', start);
  if (start < 0 || end < 0) return dates;
  const section = xml.slice(start, end);
  let index = 0;
  for (const [from, to] of startTags(section, 'xf')) {
    const id = Number(attributeIn(section, from, to, 'numFmtId') ?? 0);
    const format = id === 0 ? undefined : custom.get(id) ?? builtInFormat(id);
    if (index > 0 && format !== undefined && isDateFormat(format)) dates.add(index);
    index++;
  }
  return dates;
}
