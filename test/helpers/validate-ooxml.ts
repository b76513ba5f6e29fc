/**
 * Test helper: validates the XML parts of a .docx against the ECMA-376 transitional schemas
 * in `<repo>/../shared/schemas/ooxml` (see shared/schemas/README.md).
 *
 * Before validation each part goes through `stripMarkupCompatibility`, which does what a
 * conforming reader does with Markup Compatibility (ISO/IEC 29500-3): it drops everything in
 * the namespaces listed in `mc:Ignorable` (w14, w15, wp14 …) and replaces `mc:AlternateContent`
 * by the content of its `mc:Fallback`. Parsing is done with `saxes` (already in node_modules as
 * a dependency of exceljs); validation with `xmllint-wasm` (libxml2 compiled to WebAssembly).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { validateXML, memoryPages } from 'xmllint-wasm';

// ---------------------------------------------------------------------------------------------
// Markup Compatibility
// ---------------------------------------------------------------------------------------------

export const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/**
 * The target namespaces of the schemas in shared/schemas/ooxml: the namespaces the validator
 * "understands". A namespace listed in mc:Ignorable that is one of these is NOT ignored (a
 * conforming reader ignores only what it does not understand), so a part cannot make its own
 * content vanish from validation by declaring e.g. `mc:Ignorable="w"`.
 * (validate-ooxml.test.ts checks that this list equals the schema folder's targetNamespaces.)
 */
export const SCHEMA_NAMESPACES: readonly string[] = [
  'http://schemas.openxmlformats.org/drawingml/2006/chart',
  'http://schemas.openxmlformats.org/drawingml/2006/chartDrawing',
  'http://schemas.openxmlformats.org/drawingml/2006/diagram',
  'http://schemas.openxmlformats.org/drawingml/2006/lockedCanvas',
  'http://schemas.openxmlformats.org/drawingml/2006/main',
  'http://schemas.openxmlformats.org/drawingml/2006/picture',
  'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  'http://schemas.openxmlformats.org/officeDocument/2006/bibliography',
  'http://schemas.openxmlformats.org/officeDocument/2006/characteristics',
  'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties',
  'http://schemas.openxmlformats.org/officeDocument/2006/customXml',
  'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes',
  'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
  'http://schemas.openxmlformats.org/officeDocument/2006/math',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes',
  'http://schemas.openxmlformats.org/presentationml/2006/main',
  'http://schemas.openxmlformats.org/schemaLibrary/2006/main',
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://www.w3.org/XML/1998/namespace',
  'urn:schemas-microsoft-com:office:excel',
  'urn:schemas-microsoft-com:office:office',
  'urn:schemas-microsoft-com:office:powerpoint',
  'urn:schemas-microsoft-com:office:word',
  'urn:schemas-microsoft-com:vml',
];

export interface StripOptions {
  /** Namespaces never treated as ignorable. Default: SCHEMA_NAMESPACES. */
  readonly understoodNamespaces?: Iterable<string>;
}

interface XAttr {
  readonly name: string;
  readonly prefix: string;
  readonly local: string;
  readonly value: string;
}
interface XElement {
  readonly kind: 'element';
  readonly name: string;
  readonly prefix: string;
  readonly local: string;
  readonly attrs: XAttr[];
  readonly children: XNode[];
}
type XNode =
  | XElement
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'cdata'; readonly text: string }
  | { readonly kind: 'comment'; readonly text: string }
  | { readonly kind: 'pi'; readonly target: string; readonly body: string };

interface ParsedXml {
  readonly standalone: string | undefined;
  readonly hasDecl: boolean;
  readonly prolog: XNode[];
  readonly root: XElement;
  /** The line the root element starts on (1-based). */
  readonly rootLine: number;
}

/** Parses with saxes (namespace-aware, well-formedness-checking); throws on malformed XML. */
function parseXml(xml: string): ParsedXml {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let hasDecl = false;
  let standalone: string | undefined;
  const prolog: XNode[] = [];
  const stack: XElement[] = [];
  let root: XElement | undefined;
  let rootLine = 1;
  const append = (node: XNode): void => {
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else if (!root && node.kind !== 'text') prolog.push(node);
    // Nodes after the root element (comments, PIs) are dropped; whitespace outside the root too.
  };
  parser.on('xmldecl', (decl) => {
    hasDecl = true;
    standalone = decl.standalone;
  });
  parser.on('doctype', () => {
    throw new Error('a DOCTYPE is not allowed in an Office Open XML part');
  });
  parser.on('text', (text) => append({ kind: 'text', text }));
  parser.on('cdata', (text) => append({ kind: 'cdata', text }));
  parser.on('comment', (text) => append({ kind: 'comment', text }));
  parser.on('processinginstruction', ({ target, body }) => append({ kind: 'pi', target, body }));
  parser.on('opentagstart', () => {
    if (stack.length === 0) rootLine = parser.line;
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const element: XElement = {
      kind: 'element',
      name: tag.name,
      prefix: tag.prefix,
      local: tag.local,
      attrs: Object.values(tag.attributes).map((a) => ({
        name: a.name,
        prefix: a.prefix,
        local: a.local,
        value: a.value,
      })),
      children: [],
    };
    if (stack.length === 0) root = element;
    else append(element);
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('error', (err) => {
    throw err;
  });
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return { hasDecl, standalone, prolog, root, rootLine };
}

function escapeText(s: string): string {
  return s.replace(/[&<>\r]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;',
  );
}
function escapeAttr(s: string): string {
  return s.replace(/[&<"\t\n\r]/g, (c) =>
    c === '&'
      ? '&amp;'
      : c === '<'
        ? '&lt;'
        : c === '"'
          ? '&quot;'
          : `&#${c.charCodeAt(0)};`,
  );
}

function serialize(node: XNode, out: string[]): void {
  switch (node.kind) {
    case 'text':
      out.push(escapeText(node.text));
      return;
    case 'cdata':
      out.push(`<![CDATA[${node.text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`);
      return;
    case 'comment':
      out.push(`<!--${node.text}-->`);
      return;
    case 'pi':
      out.push(`<?${node.target}${node.body ? ` ${node.body}` : ''}?>`);
      return;
    case 'element': {
      out.push('<', node.name);
      for (const a of node.attrs) out.push(' ', a.name, '="', escapeAttr(a.value), '"');
      if (node.children.length === 0) {
        out.push('/>');
        return;
      }
      out.push('>');
      for (const child of node.children) serialize(child, out);
      out.push('</', node.name, '>');
      return;
    }
  }
}

/** In-scope namespace bindings: prefix → URI ('' is the default namespace). */
type Scope = ReadonlyMap<string, string>;

interface McContext {
  readonly scope: Scope;
  /** URIs of namespaces currently ignorable (and not understood). */
  readonly ignorable: ReadonlySet<string>;
  /** `uri local` or `uri *` entries from mc:ProcessContent. */
  readonly processContent: ReadonlySet<string>;
}

function splitList(value: string): string[] {
  return value.split(/\s+/).filter((s) => s.length > 0);
}

function resolvePrefix(scope: Scope, prefix: string, attrName: string): string {
  const uri = scope.get(prefix);
  if (uri === undefined) {
    throw new Error(`${attrName} names the undeclared namespace prefix "${prefix}"`);
  }
  return uri;
}

function isNamespaceDeclaration(a: XAttr): boolean {
  return a.name === 'xmlns' || a.prefix === 'xmlns';
}

function namespaceDeclarations(el: XElement): XAttr[] {
  return el.attrs.filter(isNamespaceDeclaration);
}

/**
 * When a wrapper element is removed and its children take its place, its namespace
 * declarations must move onto them (a later declaration of the same prefix wins, and one on
 * the child itself wins over all).
 */
function withDeclarations(nodes: XNode[], declarations: readonly XAttr[]): XNode[] {
  if (declarations.length === 0) return nodes;
  const byName = new Map(declarations.map((d) => [d.name, d]));
  return nodes.map((n) => {
    if (n.kind !== 'element') return n;
    const own = new Set(n.attrs.filter(isNamespaceDeclaration).map((a) => a.name));
    const added = [...byName.values()].filter((d) => !own.has(d.name));
    return added.length === 0 ? n : { ...n, attrs: [...added, ...n.attrs] };
  });
}

/**
 * Applies Markup Compatibility to one element; returns the nodes that replace it
 * (itself, nothing, or its children when it is unwrapped).
 */
function processElement(el: XElement, parent: McContext, understood: ReadonlySet<string>): XNode[] {
  // 1. Namespace declarations on this element.
  let scope: Map<string, string> | undefined;
  for (const a of el.attrs) {
    if (isNamespaceDeclaration(a)) {
      scope ??= new Map(parent.scope);
      scope.set(a.name === 'xmlns' ? '' : a.local, a.value);
    }
  }
  const inScope: Scope = scope ?? parent.scope;
  const uriOf = (prefix: string): string | undefined =>
    prefix === 'xml' ? XML_NAMESPACE : prefix === 'xmlns' ? XMLNS_NAMESPACE : inScope.get(prefix);
  const isMc = (a: { prefix: string }): boolean => a.prefix !== '' && uriOf(a.prefix) === MC_NAMESPACE;

  // 2. mc:Ignorable / mc:ProcessContent on this element extend the context for it and below.
  let ignorable = parent.ignorable;
  let processContent = parent.processContent;
  for (const a of el.attrs) {
    if (!isMc(a)) continue;
    if (a.local === 'Ignorable') {
      const added = new Set(ignorable);
      for (const prefix of splitList(a.value)) {
        const uri = resolvePrefix(inScope, prefix, 'mc:Ignorable');
        if (!understood.has(uri)) added.add(uri);
      }
      ignorable = added;
    } else if (a.local === 'ProcessContent') {
      const added = new Set(processContent);
      for (const qname of splitList(a.value)) {
        const colon = qname.indexOf(':');
        const prefix = colon < 0 ? '' : qname.slice(0, colon);
        added.add(`${resolvePrefix(inScope, prefix, 'mc:ProcessContent')} ${qname.slice(colon + 1)}`);
      }
      processContent = added;
    }
  }
  const ctx: McContext = { scope: inScope, ignorable, processContent };
  const processChildren = (children: readonly XNode[]): XNode[] =>
    children.flatMap((c) => (c.kind === 'element' ? processElement(c, ctx, understood) : [c]));

  const elementUri = uriOf(el.prefix) ?? '';

  // 3. An element in an ignorable namespace is dropped with its content, unless
  //    mc:ProcessContent asks for its content to be kept.
  if (ignorable.has(elementUri)) {
    if (processContent.has(`${elementUri} ${el.local}`) || processContent.has(`${elementUri} *`)) {
      return withDeclarations(processChildren(el.children), namespaceDeclarations(el));
    }
    return [];
  }

  // 4. mc:AlternateContent → the content of its mc:Fallback (nothing without a Fallback).
  if (elementUri === MC_NAMESPACE && el.local === 'AlternateContent') {
    const fallback = el.children.find(
      (c): c is XElement => c.kind === 'element' && c.local === 'Fallback' && uriOf(c.prefix) === MC_NAMESPACE,
    );
    if (!fallback) return [];
    // The Fallback's own namespace declarations / mc attributes apply to its content:
    // process it as an element, then unwrap it, moving the declarations of both wrappers
    // onto the elements that take their place.
    const processed = processElement(fallback, ctx, understood)[0];
    if (processed?.kind !== 'element') return [];
    return withDeclarations(processed.children, [
      ...namespaceDeclarations(el),
      ...namespaceDeclarations(fallback),
    ]);
  }

  // 5. Keep the element: drop Markup Compatibility attributes and ignorable attributes.
  //    mc:MustUnderstand is kept when it names a namespace not understood, so that the
  //    schema validator reports it (a conforming reader would stop with an error).
  const attrs = el.attrs.filter((a) => {
    if (isNamespaceDeclaration(a) || a.prefix === '') return true;
    if (isMc(a)) {
      if (a.local === 'MustUnderstand') {
        return splitList(a.value).some((p) => !understood.has(resolvePrefix(inScope, p, 'mc:MustUnderstand')));
      }
      return !['Ignorable', 'ProcessContent', 'PreserveElements', 'PreserveAttributes'].includes(a.local);
    }
    return !ignorable.has(uriOf(a.prefix) ?? '');
  });
  return [{ ...el, attrs, children: processChildren(el.children) }];
}

/**
 * Removes Markup Compatibility markup as a conforming reader does: the `mc:Ignorable` attribute
 * and every element (with its content) and attribute in the namespaces it lists — resolved
 * through the prefixes declared in the part, in the scope of the element that carries it —
 * and `mc:AlternateContent`, replaced by the content of its `mc:Fallback` (`mc:Choice` dropped).
 * Namespaces the schemas define (`understoodNamespaces`) are never ignored.
 * Throws on XML that is not well-formed.
 */
export function stripMarkupCompatibility(xml: string, options: StripOptions = {}): string {
  const understood = new Set(options.understoodNamespaces ?? SCHEMA_NAMESPACES);
  const parsed = parseXml(xml);
  const rootCtx: McContext = { scope: new Map(), ignorable: new Set(), processContent: new Set() };
  const newRoot = processElement(parsed.root, rootCtx, understood);
  if (newRoot.length !== 1 || newRoot[0]?.kind !== 'element') {
    throw new Error('the root element itself is ignorable or mc:AlternateContent');
  }
  const out: string[] = [];
  if (parsed.hasDecl) {
    out.push(`<?xml version="1.0" encoding="UTF-8"${parsed.standalone ? ` standalone="${parsed.standalone}"` : ''}?>`);
  }
  for (const node of parsed.prolog) serialize(node, out);
  // Start the root element on its original line, so that xmllint's line numbers match the
  // part at least up to the first removed element that spanned lines (Word, LibreOffice and
  // docx write parts on one or two lines).
  if (parsed.prolog.length === 0) out.push('\n'.repeat(Math.max(0, parsed.rootLine - 1)));
  serialize(newRoot[0], out);
  return out.join('');
}

// ---------------------------------------------------------------------------------------------
// Schemas
// ---------------------------------------------------------------------------------------------

/**
 * `<repo>/../shared/schemas/ooxml`; this file is `<repo>/test/helpers/validate-ooxml.ts`.
 * OOXML_SCHEMA_DIR overrides it.
 */
export const SCHEMA_DIR =
  process.env['OOXML_SCHEMA_DIR'] ?? path.resolve(__dirname, '..', '..', '..', 'shared', 'schemas', 'ooxml');

interface SchemaFile {
  readonly fileName: string;
  readonly contents: string;
}

let schemaFiles: readonly SchemaFile[] | undefined;

/** Every .xsd at the top of SCHEMA_DIR, read once per process. */
export function loadSchemaFiles(): readonly SchemaFile[] {
  if (!schemaFiles) {
    if (!fs.existsSync(path.join(SCHEMA_DIR, 'wml.xsd'))) {
      throw new Error(
        `OOXML schemas not found at ${SCHEMA_DIR} (expected shared/ beside the repository, ` +
          'or set OOXML_SCHEMA_DIR)',
      );
    }
    schemaFiles = fs
      .readdirSync(SCHEMA_DIR)
      .filter((f) => f.endsWith('.xsd'))
      .sort()
      .map((fileName) => ({ fileName, contents: fs.readFileSync(path.join(SCHEMA_DIR, fileName), 'utf8') }));
  }
  return schemaFiles;
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

export interface PartResult {
  readonly part: string;
  readonly errors: readonly string[];
}

export interface XmlPart {
  /** Name used in results, e.g. word/document.xml. */
  readonly part: string;
  readonly xml: string;
}

/** WordprocessingML parts validated against wml.xsd, by their name in the package. */
const WML_PART = new RegExp(
  '^word/(document|styles|settings|numbering|fontTable|webSettings|footnotes|endnotes|comments|' +
    'header\\d*|footer\\d*)\\.xml$',
);
const CHART_PART = /^word\/charts\/chart\d*\.xml$/;

/** Which schema a part of a .docx is validated against, or undefined when none. */
export function schemaForPart(part: string): 'wml.xsd' | 'dml-chart.xsd' | undefined {
  if (WML_PART.test(part)) return 'wml.xsd';
  if (CHART_PART.test(part)) return 'dml-chart.xsd';
  return undefined;
}

const LOCATED_LINE = /^(.+?):(\d+): (.*)$/;

/**
 * Validates XML parts against one main schema of SCHEMA_DIR in a single xmllint run (the
 * schema is compiled once for all parts). Each part is stripped of Markup Compatibility
 * markup first; a part that is not well-formed gets the parser's message as its error.
 */
export async function validateParts(
  parts: readonly XmlPart[],
  mainSchema: string,
): Promise<PartResult[]> {
  const files = loadSchemaFiles();
  const schema = files.find((f) => f.fileName === mainSchema);
  if (!schema) throw new Error(`${mainSchema} not found in ${SCHEMA_DIR}`);
  const preload = files.filter((f) => f !== schema);

  const errors = new Map<string, string[]>(parts.map((p) => [p.part, []]));
  const byFileName = new Map<string, string>();
  const inputs: { fileName: string; contents: string }[] = [];
  parts.forEach((p, i) => {
    let contents: string;
    try {
      contents = stripMarkupCompatibility(p.xml);
    } catch (e) {
      errors.get(p.part)?.push(`not well-formed or bad Markup Compatibility: ${(e as Error).message}`);
      return;
    }
    // xmllint's in-memory file system has no folders: flatten the part name.
    const fileName = `p${i}_${p.part.replace(/[^A-Za-z0-9.]/g, '_')}`;
    byFileName.set(fileName, p.part);
    inputs.push({ fileName, contents });
  });

  if (inputs.length > 0) {
    const result = await validateXML({
      xml: inputs,
      schema: [schema],
      preload,
      maxMemoryPages: memoryPages.GiB,
    });
    if (!result.valid) {
      // Parse the raw output ourselves: xmllint-wasm's own parsing drops the last lines.
      let current: string | undefined;
      const failed = new Set<string>();
      const orphans: string[] = [];
      for (const line of result.rawOutput.split('\n')) {
        if (line.trim() === '') continue;
        const m = LOCATED_LINE.exec(line);
        const located = m && byFileName.get(m[1] ?? '');
        if (m && located) {
          current = located;
          errors.get(located)?.push(`line ${m[2]}: ${m[3]}`);
          continue;
        }
        const verdict = /^(\S+) (validates|fails to validate)$/.exec(line.trim());
        const verdictPart = verdict && byFileName.get(verdict[1] ?? '');
        if (verdict && verdictPart) {
          if (verdict[2] === 'fails to validate') failed.add(verdictPart);
          current = undefined;
          continue;
        }
        // A continuation line (e.g. source context under a parser error) or a message
        // without a location.
        if (current) errors.get(current)?.push(line);
        else orphans.push(line);
      }
      for (const part of failed) {
        const list = errors.get(part);
        if (list && list.length === 0) list.push(...orphans, 'fails to validate');
      }
      if (inputs.every((i) => (errors.get(byFileName.get(i.fileName) ?? '') ?? []).length === 0)) {
        // Never report "valid" when xmllint said otherwise.
        throw new Error(`xmllint failed but no part could be blamed:\n${result.rawOutput}`);
      }
    }
  }
  return parts.map((p) => ({ part: p.part, errors: errors.get(p.part) ?? [] }));
}

/**
 * Validates every WordprocessingML part of a .docx against wml.xsd and every chart part
 * (word/charts/chart*.xml) against dml-chart.xsd; one entry per part validated, in package
 * order, with `errors` empty when the part is valid. One xmllint run per schema.
 */
export async function validateDocx(docx: Uint8Array): Promise<readonly PartResult[]> {
  const zip = await JSZip.loadAsync(docx);
  const wml: XmlPart[] = [];
  const charts: XmlPart[] = [];
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const schema = schemaForPart(entry.name);
    if (!schema) continue;
    const xml = await entry.async('string');
    (schema === 'wml.xsd' ? wml : charts).push({ part: entry.name, xml });
  }
  const [wmlResults, chartResults] = await Promise.all([
    wml.length > 0 ? validateParts(wml, 'wml.xsd') : Promise.resolve([]),
    charts.length > 0 ? validateParts(charts, 'dml-chart.xsd') : Promise.resolve([]),
  ]);
  return [...wmlResults, ...chartResults];
}

/** Formats invalid parts: part names and their first errors. */
export function formatInvalidParts(results: readonly PartResult[], maxErrorsPerPart = 5): string {
  return results
    .filter((r) => r.errors.length > 0)
    .map((r) => {
      const shown = r.errors.slice(0, maxErrorsPerPart).map((e) => `    ${e}`);
      const more = r.errors.length > maxErrorsPerPart ? [`    … ${r.errors.length - maxErrorsPerPart} more`] : [];
      return [`  ${r.part}: ${r.errors.length} error(s)`, ...shown, ...more].join('\n');
    })
    .join('\n');
}

/** Jest-friendly assertion: throws naming the invalid parts and their first errors. */
export async function expectValidDocx(docx: Uint8Array): Promise<void> {
  const results = await validateDocx(docx);
  if (results.length === 0) {
    throw new Error('expectValidDocx: no WordprocessingML part found (is this a .docx?)');
  }
  const report = formatInvalidParts(results);
  if (report) {
    throw new Error(`The .docx does not validate against the OOXML schemas (${SCHEMA_DIR}):\n${report}`);
  }
}
