import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';
import { tmpdir } from 'os';
import { extname, join, normalize } from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import PostalMime from 'postal-mime';
import { docxText } from '../helpers/docx-text';

/**
 * The built task pane in headless Chromium, with office.js replaced by an Excel double filled
 * from the example workbook. Needs Debian's chromium (installed by .ci/run).
 */
const ROOT = join(__dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DATA = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/ikt-indre-namdal-2017.excel-double.json'), 'utf8'));
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.docx': 'application/octet-stream', '.xml': 'application/xml' };

let dist: string;
let hostScript: string;
let server: Server;
let base: string;
let browser: Browser;

function webpack(args: string[]): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/webpack/bin/webpack.js'), ...args], { cwd: ROOT, stdio: 'pipe' });
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get install chromium (.ci/run does)`);
  const out = mkdtempSync(join(tmpdir(), 'taskpane-'));
  dist = join(out, 'dist');
  webpack(['--mode', 'production', '--env', `outDir=${dist}`]);
  webpack(['--mode', 'development', '--entry', './test/office-double/browser-host.ts', '--output-path', join(out, 'host'),
    '--output-filename', 'office.js', '--devtool', 'false', '--no-output-clean', '--config', join(ROOT, 'test/office-double/webpack.host.js')]);
  hostScript = readFileSync(join(out, 'host', 'office.js'), 'utf8');
  // the pane reads through Office.js: exceljs (and its Node-only streams) must stay out of the bundle
  const bundle = readFileSync(join(dist, 'taskpane.js'), 'utf8');
  if (/exceljs|ExcelJS/.test(bundle)) throw new Error('exceljs found in the task pane bundle');
  server = createServer((req, res) => {
    const path = normalize(join(dist, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!path.startsWith(dist) || !existsSync(path)) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function open(data: unknown, action: string): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 360, height: 900 } });
  const page = await context.newPage();
  await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ contentType: 'text/javascript', body: hostScript }));
  await page.addInitScript((d) => { (window as unknown as { __DOUBLE_DATA__: unknown }).__DOUBLE_DATA__ = d; }, data);
  await page.goto(`${base}/taskpane.html?action=${action}`);
  return page;
}

describe('the task pane in Chromium against an Excel double', () => {
  it('Kontroller shows the findings; clicking one selects its cell in Excel', async () => {
    const broken = structuredClone(DATA);
    const ledger = broken.sheets.find((s: { name: string }) => s.name === 'Regnskap');
    ledger.rows[2][4] = { value: '12 000,50', type: 'String' }; // Regnskap of the second ledger line as text
    const page = await open(broken, 'kontroller');
    const finding = page.locator('.group.error button.finding').first();
    await finding.waitFor();
    expect(await page.locator('.counts').textContent()).toMatch(/^1 feil/);
    expect(await finding.locator('.where').textContent()).toBe('Regnskap!E3');
    await finding.click();
    await page.waitForFunction(() => (window as unknown as { __excelDouble: { selected?: string } }).__excelDouble.selected !== undefined);
    const selected = await page.evaluate(() => (window as unknown as { __excelDouble: { activeSheet?: string; selected?: string } }).__excelDouble);
    expect([selected.activeSheet, selected.selected]).toEqual(['Regnskap', 'E3']);
    await page.context().close();
  });

  it('Lag årsmelding produces a .docx with the figures of the seed', async () => {
    const page = await open(DATA, 'kontroller');
    await page.locator('.summary').waitFor();
    const summary = await page.locator('.summary').textContent();
    expect(summary?.replace(/\u00a0/g, ' ')).toContain('2 851 193 kr mindreforbruk');
    expect(summary?.replace(/\u00a0/g, ' ')).toContain('1 916 609 kr');
    const shot = join(mkdtempSync(join(tmpdir(), 'taskpane-shot-')), 'taskpane.png');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#lag')]);
    await page.locator('a.download').waitFor();
    await page.screenshot({ path: shot, fullPage: true });
    writeFileSync(join(tmpdir(), 'arsmelding-taskpane-last.png'), readFileSync(shot));
    expect(download.suggestedFilename()).toBe('Årsmelding 2017 - IKT Indre Namdal IKS.docx');
    const file = await download.path();
    const text = (await docxText(readFileSync(file))).join('\n');
    expect(text).toContain('Regnskapet for 2017 viser et regnskapsmessig mindreforbruk på kr 2 851 193.');
    expect(text).toContain('Ansvar 1012 KLP Pensjonsoppgjør — merforbruk på kr 25 315');
    expect(text).toContain('Beløpet avsettes til balansekonto 25699101 Disposisjonsfond alle');
    await page.context().close();
  });

  it('Lag e-post til styret downloads a .eml draft to the board with the .docx attached', async () => {
    const page = await open(DATA, 'kontroller');
    await page.locator('.summary').waitFor();
    expect(await page.locator('#epost').textContent()).toBe('Lag e-post til styret');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#epost')]);
    await page.locator('a.download').waitFor();
    expect(download.suggestedFilename()).toBe('Årsmelding 2017 - IKT Indre Namdal IKS.eml');
    expect(await page.locator('#download').textContent()).toContain('E-postutkastet til styret er laget');
    const mail = await PostalMime.parse(readFileSync(await download.path()));
    expect(mail.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1');
    expect(mail.to?.map((a) => 'address' in a ? a.address : '')).toEqual(['karl.audun.fagerli@example.no', 'svein.helland@example.no', 'liv.elden.djokoto@example.no']);
    expect(mail.subject).toBe('Årsmelding 2017 – IKT Indre Namdal IKS');
    expect(mail.attachments.map((a) => [a.filename, a.mimeType])).toEqual([
      ['Årsmelding 2017 - IKT Indre Namdal IKS.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ]);
    const text = (await docxText(Buffer.from(mail.attachments[0]!.content as ArrayBuffer))).join('\n');
    expect(text).toContain('Regnskapet for 2017 viser et regnskapsmessig mindreforbruk på kr 2 851 193.');
    await page.context().close();
  });

  it('Skriv resultater til nytt ark adds a sheet of its own and changes no other', async () => {
    const page = await open(DATA, 'kontroller');
    await page.locator('.summary').waitFor();
    const before = await page.evaluate(() => (window as unknown as { __excelDouble: { sheetNames(): string[] } }).__excelDouble.sheetNames());
    await page.click('#skriv');
    await page.locator('#status', { hasText: 'Årsmelding-resultater' }).waitFor();
    const after = await page.evaluate(() => {
      const d = (window as unknown as { __excelDouble: { sheetNames(): string[]; writes: { sheet: string }[]; cellAt(s: string, a: string): { value: unknown } | undefined } }).__excelDouble;
      return { names: d.sheetNames(), written: [...new Set(d.writes.map((w) => w.sheet))], a4: d.cellAt('Årsmelding-resultater', 'A4')?.value, e4: d.cellAt('Årsmelding-resultater', 'E4')?.value };
    });
    expect(after.names).toEqual([...before, 'Årsmelding-resultater']);
    expect(after.written).toEqual(['Årsmelding-resultater']);
    expect([after.a4, after.e4]).toEqual(['1000', 8583]);
    await page.context().close();
  });

  it('speaks English when Office does', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ contentType: 'text/javascript', body: hostScript }));
    await page.addInitScript((d) => {
      Object.assign(window, { __DOUBLE_DATA__: d, __DISPLAY_LANGUAGE__: 'en-US' });
    }, DATA);
    await page.goto(`${base}/taskpane.html`);
    await page.locator('.summary').waitFor();
    expect(await page.locator('#lag').textContent()).toBe('Make annual report');
    expect(await page.locator('#epost').textContent()).toBe('Make e-mail to the board');
    expect(await page.locator('.summary h2').textContent()).toBe("The year's figures");
    await context.close();
  });
});
