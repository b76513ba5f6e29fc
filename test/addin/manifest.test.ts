/**
 * manifest.xml: valid against the 2019 add-in manifest schemas (offline, xmllint-wasm), with the
 * ribbon, permissions, icons and URLs the task pane expects; the production copy made by
 * manifestForUrl is valid too; the icons are what scripts/make-icons.ts draws.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { inflateSync } from 'node:zlib';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { DEV_BASE_URL, manifestForUrl } from '../../scripts/manifest-url';
import { validateManifestXml } from '../../scripts/validate-manifest';
import { ICON_SIZES, crc32, drawIcon, encodePng } from '../../scripts/make-icons';

const REPO = path.resolve(__dirname, '..', '..');
const MANIFEST_FILE = path.join(REPO, 'manifest.xml');
const ASSETS = path.join(REPO, 'assets');
const manifest = fs.readFileSync(MANIFEST_FILE, 'utf8');

/** The add-in's identity: never regenerate it, or Office sees a different add-in. */
const ADDIN_ID = '03b38c1e-a1c7-4b5f-ae9f-9dce5abcad55';
const PRODUCTION_URL = 'https://example.org/arsmelding/';

const OFFICE_APP_NS = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const OVERRIDES_NS = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';
const BT_NS = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

// ---------------------------------------------------------------------------------------------
// A small element tree (saxes, namespace-aware)
// ---------------------------------------------------------------------------------------------

interface El {
  readonly uri: string;
  readonly local: string;
  /** Attributes without a namespace, by local name. */
  readonly attrs: Readonly<Record<string, string>>;
  /** xsi:type, as written (no prefix in this manifest). */
  readonly xsiType: string | undefined;
  readonly children: El[];
  text: string;
}

function parse(xml: string): El {
  const parser = new SaxesParser({ xmlns: true });
  const stack: El[] = [];
  let root: El | undefined;
  parser.on('opentag', (tag: SaxesTagNS) => {
    const attrs: Record<string, string> = {};
    let xsiType: string | undefined;
    for (const a of Object.values(tag.attributes)) {
      if (a.uri === '' && a.prefix === '') attrs[a.local] = a.value;
      if (a.uri === XSI_NS && a.local === 'type') xsiType = a.value;
    }
    const el: El = { uri: tag.uri, local: tag.local, attrs, xsiType, children: [], text: '' };
    stack[stack.length - 1]?.children.push(el);
    root ??= el;
    stack.push(el);
  });
  parser.on('text', (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

function all(el: El, pred: (e: El) => boolean, out: El[] = []): El[] {
  if (pred(el)) out.push(el);
  for (const c of el.children) all(c, pred, out);
  return out;
}
const named = (uri: string, local: string) => (e: El) => e.uri === uri && e.local === local;
function child(el: El, uri: string, local: string): El {
  const found = el.children.find(named(uri, local));
  if (!found) throw new Error(`<${el.local}> has no <${local}>`);
  return found;
}
function only(els: readonly El[], what: string): El {
  if (els.length !== 1) throw new Error(`expected one ${what}, found ${els.length}`);
  return els[0] as El;
}

const root = parse(manifest);
const versionOverrides = child(root, OVERRIDES_NS, 'VersionOverrides');
const resources = child(versionOverrides, OVERRIDES_NS, 'Resources');

/** id → element of one resource kind (bt:Images, bt:Urls, bt:ShortStrings, bt:LongStrings). */
function resourceMap(kind: string): Map<string, El> {
  const group = child(resources, BT_NS, kind);
  return new Map(group.children.map((e) => [e.attrs['id'] ?? '', e]));
}
const images = resourceMap('Images');
const urls = resourceMap('Urls');
const strings = new Map([...resourceMap('ShortStrings'), ...resourceMap('LongStrings')]);

function resolve(map: Map<string, El>, ref: El): El {
  const resid = ref.attrs['resid'] ?? '';
  const found = map.get(resid);
  if (!found) throw new Error(`resid "${resid}" of <${ref.local}> is not among the resources`);
  return found;
}
const text = (ref: El): string => resolve(strings, ref).attrs['DefaultValue'] ?? '';
const override = (el: El, locale: string): string | undefined =>
  el.children.find((o) => o.local === 'Override' && o.attrs['Locale'] === locale)?.attrs['Value'];

// ---------------------------------------------------------------------------------------------
// PNG header
// ---------------------------------------------------------------------------------------------

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngSize(bytes: Buffer): { width: number; height: number } {
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG file');
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('the PNG does not start with IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The RGBA pixels of a PNG written by encodePng (8-bit RGBA, filter type 0 on every row). */
function pngPixels(bytes: Buffer): Uint8Array {
  const { width, height } = pngSize(bytes);
  expect([bytes[24], bytes[25]]).toEqual([8, 6]);
  const idat: Buffer[] = [];
  for (let o = 8; o < bytes.length; ) {
    const length = bytes.readUInt32BE(o);
    const type = bytes.toString('latin1', o + 4, o + 8);
    expect(bytes.readUInt32BE(o + 8 + length)).toBe(crc32(bytes.subarray(o + 4, o + 8 + length)));
    if (type === 'IDAT') idat.push(bytes.subarray(o + 8, o + 8 + length));
    o += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const out = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (1 + width * 4)]).toBe(0);
    out.set(raw.subarray(y * (1 + width * 4) + 1, (y + 1) * (1 + width * 4)), y * width * 4);
  }
  return out;
}

/** assets/… file of a manifest URL under `base`. */
function assetFile(url: string, base = DEV_BASE_URL): string {
  expect(url.startsWith(`${base}assets/`)).toBe(true);
  return path.join(ASSETS, url.slice(`${base}assets/`.length));
}

// ---------------------------------------------------------------------------------------------

describe('manifest.xml against the add-in manifest schemas', () => {
  it('is valid (OfficeAppManifestV1_1.xsd)', async () => {
    expect(await validateManifestXml(manifest)).toEqual({ valid: true, errors: [] });
  });

  it('is valid after the production URL replaces the dev server', async () => {
    const production = manifestForUrl(manifest, PRODUCTION_URL);
    expect(production).not.toContain('localhost');
    expect(await validateManifestXml(production)).toEqual({ valid: true, errors: [] });
  });

  it('fails with an element in the wrong place (Permissions before DefaultSettings)', async () => {
    const permissions = '<Permissions>ReadWriteDocument</Permissions>';
    expect(manifest).toContain(permissions);
    const moved = manifest
      .replace(permissions, '')
      .replace('<DefaultSettings>', `${permissions}\n  <DefaultSettings>`);
    const result = await validateManifestXml(moved);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/^line \d+: .*Permissions.*not expected/m);
  });

  it('fails with a ribbon element in the wrong place (Icon before Supertip)', async () => {
    const broken = manifest.replace(
      /(<Supertip>[\s\S]*?<\/Supertip>)(\s*)(<Icon>[\s\S]*?<\/Icon>)/,
      '$3$2$1',
    );
    expect(broken).not.toBe(manifest);
    const result = await validateManifestXml(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/Icon.*not expected/);
  });

  it('reports a manifest that is not well-formed instead of throwing', async () => {
    const result = await validateManifestXml(manifest.replace('</OfficeApp>', ''));
    expect(result.valid).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
  });
});

describe('manifest.xml content', () => {
  it('is an Excel task pane add-in with its fixed Id, version and provider', () => {
    expect(root.uri).toBe(OFFICE_APP_NS);
    expect(root.xsiType).toBe('TaskPaneApp');
    expect(child(root, OFFICE_APP_NS, 'Id').text).toBe(ADDIN_ID);
    expect(child(root, OFFICE_APP_NS, 'Version').text).toBe('1.0.0.0');
    expect(child(root, OFFICE_APP_NS, 'ProviderName').text).toBe('arsmelding');
    expect(child(root, OFFICE_APP_NS, 'DefaultLocale').text).toBe('nb-NO');
    expect(child(root, OFFICE_APP_NS, 'Hosts').children.map((h) => h.attrs['Name'])).toEqual(['Workbook']);
    expect(versionOverrides.xsiType).toBe('VersionOverridesV1_0');
    expect(all(versionOverrides, named(OVERRIDES_NS, 'Host')).map((h) => h.xsiType)).toEqual(['Workbook']);
  });

  it('is named Årsmelding, in Norwegian with an English override', () => {
    const displayName = child(root, OFFICE_APP_NS, 'DisplayName');
    const description = child(root, OFFICE_APP_NS, 'Description');
    expect(displayName.attrs['DefaultValue']).toBe('Årsmelding');
    expect(override(displayName, 'en-US')).toBeTruthy();
    expect(description.attrs['DefaultValue']).toMatch(/årsmelding/);
    expect(override(description, 'en-US')).toMatch(/annual report/);
  });

  it('asks for ReadWriteDocument (Excel.run needs it even to read; the results sheet is written)', () => {
    expect(child(root, OFFICE_APP_NS, 'Permissions').text).toBe('ReadWriteDocument');
  });

  it('opens taskpane.html by default', () => {
    const source = child(child(root, OFFICE_APP_NS, 'DefaultSettings'), OFFICE_APP_NS, 'SourceLocation');
    expect(source.attrs['DefaultValue']).toBe(`${DEV_BASE_URL}taskpane.html`);
  });

  it('has the group Årsmelding on the Home tab with the buttons Kontroller and Lag årsmelding', () => {
    const tab = only(all(versionOverrides, named(OVERRIDES_NS, 'OfficeTab')), 'OfficeTab');
    expect(tab.attrs['id']).toBe('TabHome');
    const group = only(all(tab, named(OVERRIDES_NS, 'Group')), 'Group');
    expect(text(child(group, OVERRIDES_NS, 'Label'))).toBe('Årsmelding');

    const buttons = group.children.filter(named(OVERRIDES_NS, 'Control'));
    expect(buttons.map((b) => b.xsiType)).toEqual(['Button', 'Button']);
    const found = buttons.map((b) => {
      const action = child(b, OVERRIDES_NS, 'Action');
      const supertip = child(b, OVERRIDES_NS, 'Supertip');
      return {
        label: text(child(b, OVERRIDES_NS, 'Label')),
        action: action.xsiType,
        url: resolve(urls, child(action, OVERRIDES_NS, 'SourceLocation')).attrs['DefaultValue'],
        pane: child(action, OVERRIDES_NS, 'TaskpaneId').text,
        tipTitle: text(child(supertip, OVERRIDES_NS, 'Title')),
        tip: text(child(supertip, OVERRIDES_NS, 'Description')),
      };
    });
    expect(found).toEqual([
      {
        label: 'Kontroller',
        action: 'ShowTaskpane',
        url: `${DEV_BASE_URL}taskpane.html?action=kontroller`,
        pane: 'ArsmeldingPane',
        tipTitle: 'Kontroller',
        tip: expect.stringMatching(/^Kontrollerer regnskapsarbeidsboken/),
      },
      {
        label: 'Lag årsmelding',
        action: 'ShowTaskpane',
        url: `${DEV_BASE_URL}taskpane.html?action=lag`,
        pane: 'ArsmeldingPane',
        tipTitle: 'Lag årsmelding',
        tip: expect.stringMatching(/^Lager årsmeldingen/),
      },
    ]);
  });

  it('has a GetStarted block whose strings and URL resolve', () => {
    const getStarted = only(all(versionOverrides, named(OVERRIDES_NS, 'GetStarted')), 'GetStarted');
    expect(text(child(getStarted, OVERRIDES_NS, 'Title'))).toMatch(/Årsmelding/);
    expect(text(child(getStarted, OVERRIDES_NS, 'Description'))).toMatch(/Kontroller.*Lag årsmelding/);
    expect(resolve(urls, child(getStarted, OVERRIDES_NS, 'LearnMoreUrl')).attrs['DefaultValue']).toMatch(
      /^https:\/\//,
    );
  });

  it('gives every Norwegian string resource an en-US override', () => {
    for (const [id, el] of strings) expect([id, override(el, 'en-US')]).toEqual([id, expect.any(String)]);
  });

  it('uses no http:// URL (namespace names aside), and every URL is under the dev server', () => {
    const withoutNamespaces = manifest.replace(/\sxmlns(:\w+)?="[^"]*"/g, '');
    expect(withoutNamespaces).not.toMatch(/http:\/\//i);
    const urlValues = [...withoutNamespaces.matchAll(/"(\w+:\/\/[^"]*)"/g)].map((m) => m[1] as string);
    expect(urlValues.length).toBeGreaterThanOrEqual(10);
    for (const url of urlValues) expect(url.startsWith(DEV_BASE_URL)).toBe(true);
    // The pages the web build must serve beside assets/:
    const pages = new Set(urlValues.filter((u) => !u.startsWith(`${DEV_BASE_URL}assets/`)).map((u) => u.slice(DEV_BASE_URL.length)));
    expect([...pages].sort()).toEqual([
      'hjelp.html',
      'taskpane.html',
      'taskpane.html?action=kontroller',
      'taskpane.html?action=lag',
    ]);
  });

  it('points every icon at a PNG in assets/ of the right pixel size', () => {
    const checks: { url: string; size: number }[] = [
      { url: child(root, OFFICE_APP_NS, 'IconUrl').attrs['DefaultValue'] ?? '', size: 32 },
      { url: child(root, OFFICE_APP_NS, 'HighResolutionIconUrl').attrs['DefaultValue'] ?? '', size: 64 },
    ];
    // Every icon reference on the ribbon: <bt:Image size="N" resid="…"/> inside an <Icon>.
    const references = all(versionOverrides, named(BT_NS, 'Image')).filter((e) => e.attrs['resid'] !== undefined);
    expect(references.length).toBe(9); // group + two buttons, 16/32/80 each
    for (const ref of references) {
      checks.push({ url: resolve(images, ref).attrs['DefaultValue'] ?? '', size: Number(ref.attrs['size']) });
    }
    // Every image resource, referenced or not: icon-N.png is N × N.
    for (const image of images.values()) {
      const url = image.attrs['DefaultValue'] ?? '';
      const m = /icon-(\d+)\.png$/.exec(url);
      expect(m).not.toBeNull();
      checks.push({ url, size: Number(m?.[1]) });
    }
    for (const { url, size } of checks) {
      const file = assetFile(url);
      expect([url, fs.existsSync(file)]).toEqual([url, true]);
      expect([url, pngSize(fs.readFileSync(file))]).toEqual([url, { width: size, height: size }]);
    }
    expect(new Set(references.map((r) => r.attrs['size']))).toEqual(new Set(['16', '32', '80']));
  });
});

describe('manifestForUrl', () => {
  it('replaces every dev server URL with the production base URL', () => {
    const devCount = manifest.split(DEV_BASE_URL).length - 1;
    const production = manifestForUrl(manifest, PRODUCTION_URL);
    expect(production.split(PRODUCTION_URL).length - 1).toBe(devCount);
    expect(production).toContain(`"${PRODUCTION_URL}taskpane.html?action=kontroller"`);
    expect(production).toContain(`"${PRODUCTION_URL}assets/icon-80.png"`);
    // Only the URLs change.
    expect(production.split(PRODUCTION_URL).join(DEV_BASE_URL)).toBe(manifest);
    // …and the icons are still found there.
    const icon = parse(production).children.find(named(OFFICE_APP_NS, 'IconUrl'))?.attrs['DefaultValue'] ?? '';
    expect(fs.existsSync(assetFile(icon, PRODUCTION_URL))).toBe(true);
  });

  it.each([
    ['http://example.org/arsmelding/', /https/],
    ['https://example.org/arsmelding', /end with "\/"/],
    ['example.org/arsmelding/', /not a URL/],
    ['//example.org/', /not a URL/],
    ['', /empty/],
    ['https://example.org/a?b=1/', /query/],
    ['https://example.org/a#b/', /query or fragment/],
    ['https://example.org/a"b/', /character/],
    ['https://example.org/a b/', /character/],
    ['https://user:pw@example.org/', /user name or password/],
  ])('refuses the base URL %j', (baseUrl, message) => {
    expect(() => manifestForUrl(manifest, baseUrl)).toThrow(message);
    expect(() => manifestForUrl(manifest, baseUrl)).toThrow(/ADDIN_URL must be an absolute https:\/\/ URL/);
  });

  it('refuses a manifest that names the dev server in another form, or not at all', () => {
    expect(() => manifestForUrl(`${manifest}<!-- http://localhost:3000/x -->`, PRODUCTION_URL)).toThrow(
      /localhost:3000 in a form other than/,
    );
    expect(() => manifestForUrl('<OfficeApp/>', PRODUCTION_URL)).toThrow(/no https:\/\/localhost:3000\//);
  });
});

describe('icons (scripts/make-icons.ts)', () => {
  it('encodes PNG chunks with the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789', 'latin1'))).toBe(0xcbf43926);
    const png = encodePng(2, 1, new Uint8Array([255, 0, 0, 255, 0, 0, 255, 128]));
    expect(pngSize(png)).toEqual({ width: 2, height: 1 });
    expect([...pngPixels(png)]).toEqual([255, 0, 0, 255, 0, 0, 255, 128]);
  });

  it.each(ICON_SIZES.map((s) => [s]))('assets/icon-%i.png is what the script draws', (size) => {
    const bytes = fs.readFileSync(path.join(ASSETS, `icon-${size}.png`));
    expect(pngSize(bytes)).toEqual({ width: size, height: size });
    expect(Buffer.from(pngPixels(bytes)).equals(Buffer.from(drawIcon(size)))).toBe(true);
  });

  it('draws a mark on a transparent background: corners clear, the page white, the outline blue', () => {
    const px = (icon: Uint8Array, size: number, x: number, y: number) => [...icon.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];
    const icon = drawIcon(16);
    expect(px(icon, 16, 0, 0)).toEqual([0, 0, 0, 0]);
    expect(px(icon, 16, 15, 15)).toEqual([0, 0, 0, 0]);
    expect(px(icon, 16, 2, 8)).toEqual([0x2b, 0x57, 0x9a, 255]); // left edge of the page
    expect(px(icon, 16, 4, 4)).toEqual([255, 255, 255, 255]); // inside the page
    expect(px(icon, 16, 10, 12)).toEqual([0x2b, 0x57, 0x9a, 255]); // the tallest bar
  });
});

describe('scripts/validate-manifest.ts', () => {
  const run = (args: string[]) => {
    try {
      const stdout = execFileSync(
        process.execPath,
        [require.resolve('ts-node/dist/bin.js'), '--transpile-only', 'scripts/validate-manifest.ts', ...args],
        { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      );
      return { code: 0, stdout, stderr: '' };
    } catch (e) {
      const err = e as { status: number; stdout: string; stderr: string };
      return { code: err.status, stdout: err.stdout, stderr: err.stderr };
    }
  };

  it('prints "manifest.xml er gyldig" for the manifest', () => {
    expect(run([])).toEqual({ code: 0, stdout: 'manifest.xml er gyldig\n', stderr: '' });
    expect(run(['manifest.xml'])).toEqual({ code: 0, stdout: 'manifest.xml er gyldig\n', stderr: '' });
  });

  it('prints the errors and exits 1 for an invalid manifest', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
    try {
      const file = path.join(dir, 'manifest.xml');
      fs.writeFileSync(file, manifest.replace('<Version>1.0.0.0</Version>', '<Version>1.0.0.0.0</Version>'));
      const result = run([file]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('er ikke gyldig');
      expect(result.stderr).toMatch(/line \d+: .*Version/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
