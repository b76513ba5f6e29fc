/**
 * The ledger streamed through Office.js: a ledger whose used range has at least
 * STREAM_LEDGER_FROM_CELLS cells is delivered with no rows and a `stream`, which reads it in a
 * run of its own when the core asks, a chunk at a time. It must give exactly what the read that
 * holds every row gives, and so the same findings, model and figures from analyseSource.
 */
import { readFileSync } from 'node:fs'; // eslint-disable-line no-restricted-imports -- Node-only test: reads the committed double fixture
import { join } from 'node:path'; // eslint-disable-line no-restricted-imports -- Node-only test
import { createExcelDouble, type DoubleCell, type DoubleSheet, type DoubleWorkbook } from '../../../test/office-double/excel-double';
import { heldRows, streamedBatches } from '../../../test/office-double/held-rows';
import { largeLedger } from '../../../test/office-double/large-ledger';
import { analyseSource } from '../../core/pipeline';
import type { RawSheet } from '../../core/workbook/raw-workbook';
import { UnreadableWorkbookError } from '../../core/workbook/workbook-source';
import { officeWorkbookSource, STREAM_LEDGER_FROM_CELLS, type OfficeSourceOptions, type ReadProgress } from './office-source';

const EXAMPLE_DOUBLE = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'ikt-indre-namdal-2017.excel-double.json');
const REPEATS = 260;
const s = (value: string): DoubleCell => ({ value, type: 'String' });
const oppsett: DoubleSheet = { name: 'Oppsett', rows: [[s('Selskap'), s('IKT Indre Namdal IKS')]] };

/**
 * The example workbook with its ledger's 99 lines (subtotal rows included) repeated 260 times:
 * 25 741 rows, 205 928 cells. With a text amount, merges across the boundaries of the first
 * chunks (rows 125|126, 375|376) and of the chunks of 2 000 cells (every 250 rows), hidden rows
 * across one (874–876), and two notes beside the last line merged down below the used range
 * (three rows and one), with one of those rows hidden.
 */
function largeExample(): DoubleWorkbook {
  const example = JSON.parse(readFileSync(EXAMPLE_DOUBLE, 'utf8')) as DoubleWorkbook;
  const ledger = example.sheets.find((sheet) => sheet.name === 'Regnskap')!;
  const [header, ...lines] = ledger.rows;
  const rows: DoubleCell[][] = [header!];
  for (let i = 0; i < REPEATS; i += 1) rows.push(...lines.map((line) => [...line]));
  rows[2]![4] = s('12 000,50');
  const last = rows.length;
  rows[last - 1]![9] = s('Merknad til siste linje');
  rows[last - 1]![11] = s('Kort merknad');
  ledger.rows = rows;
  ledger.merged = ['D125:D127', 'A375:B377', 'E250:E251', `J${last}:K${last + 3}`, `L${last}:L${last + 1}`];
  ledger.hiddenRows = [874, 875, 876, last + 2];
  return example;
}

async function analyse(data: DoubleWorkbook, options: OfficeSourceOptions = {}) {
  const progress: ReadProgress[] = [];
  const double = createExcelDouble(data);
  const analysis = await analyseSource(officeWorkbookSource(double, { ...options, onProgress: (p) => progress.push(p) }));
  return { analysis, progress, double };
}

const ledgerOf = (sheets: readonly RawSheet[]): RawSheet => sheets.find((sheet) => sheet.name === 'Regnskap')!;

describe('a large ledger streamed through Office.js gives what a read that holds it gives', () => {
  const data = largeExample();
  let held: Awaited<ReturnType<typeof analyse>>;
  beforeAll(async () => {
    held = await analyse(data, { streamLedgerFromCells: Infinity });
  });

  it('is streamed by default: 205 928 cells are more than STREAM_LEDGER_FROM_CELLS', async () => {
    expect(STREAM_LEDGER_FROM_CELLS).toBe(200_000);
    const raw = await officeWorkbookSource(createExcelDouble(data)).read();
    expect(ledgerOf(raw.sheets)).toMatchObject({ name: 'Regnskap', hidden: false, rows: [] });
    expect(ledgerOf(raw.sheets).stream).toBeInstanceOf(Function);
    expect(raw.sheets.filter((sheet) => sheet.stream !== undefined)).toHaveLength(1);
    expect(ledgerOf(held.analysis.raw.sheets).stream).toBeUndefined();
    expect(ledgerOf(held.analysis.raw.sheets).rows).toHaveLength(1 + 99 * REPEATS + 3);
  });

  it.each([
    ['by default', {}],
    ['in chunks of at most 2 000 cells', { streamLedgerFromCells: 0, maxCellsPerRequest: 2000 }],
  ])('gives the same findings, model and figures from analyseSource, streamed %s', async (_, options) => {
    const streamed = await analyse(data, options);
    expect(ledgerOf(streamed.analysis.raw.sheets).rows).toEqual([]);
    expect(streamed.analysis.findings).toEqual(held.analysis.findings);
    expect(streamed.analysis.model).toEqual(held.analysis.model);
    expect(streamed.analysis.figures).toEqual(held.analysis.figures);
    expect(streamed.analysis.ok).toBe(held.analysis.ok);
    // what the comparison covers: a text amount, merged and hidden cells in the ledger
    const codes = new Set(held.analysis.findings.filter((f) => f.location.sheet === 'Regnskap').map((f) => f.code));
    expect([...codes]).toEqual(expect.arrayContaining(['merged-cells', 'hidden-content']));
    expect(held.analysis.findings.some((f) => f.location.sheet === 'Regnskap' && f.location.cell === 'E3')).toBe(true);
    expect(held.analysis.model.ledger.length).toBeGreaterThan(50);
  });

  it('gives exactly the same rows, merged and hidden cells included, in any chunks', async () => {
    const expected = JSON.stringify(ledgerOf(held.analysis.raw.sheets));
    for (const options of [{}, { streamLedgerFromCells: 0, maxCellsPerRequest: 2000 }, { streamLedgerFromCells: 0, maxCellsPerRequest: 7 }]) {
      const raw = await heldRows(await officeWorkbookSource(createExcelDouble(data), options).read());
      expect(JSON.stringify(ledgerOf(raw.sheets))).toBe(expected);
    }
    const rows = ledgerOf(held.analysis.raw.sheets).rows;
    const last = 1 + 99 * REPEATS;
    expect(rows.slice(-3).map((row) => [row.row, row.hidden, row.cells.map((cell) => cell.address)])).toEqual([
      [last + 1, false, [`J${last + 1}`, `K${last + 1}`, `L${last + 1}`]],
      [last + 2, true, [`J${last + 2}`, `K${last + 2}`]],
      [last + 3, false, [`J${last + 3}`, `K${last + 3}`]],
    ]);
  });

  it('gives the same rows when Excel refuses chunks and they are read again in halves', async () => {
    const double = createExcelDouble(data, { cellsPerSync: 3000 });
    const raw = await heldRows(await officeWorkbookSource(double, { streamLedgerFromCells: 0, maxCellsPerRequest: 8000 }).read());
    expect(double.syncLog.some((sync) => sync.failed)).toBe(true);
    expect(JSON.stringify(ledgerOf(raw.sheets))).toBe(JSON.stringify(ledgerOf(held.analysis.raw.sheets)));
  });

  it('reports progress per chunk while the core reads the stream, as for a ledger that is held', async () => {
    const streamed = await analyse(data);
    const ledger = (progress: readonly ReadProgress[]) => progress.filter((p) => p.sheet === 'Regnskap');
    expect(ledger(streamed.progress)).toEqual(ledger(held.progress));
    expect(ledger(streamed.progress).at(-1)).toEqual({ sheet: 'Regnskap', rowsRead: 1 + 99 * REPEATS, rowsTotal: 1 + 99 * REPEATS });
    // the other sheets first, as read() reads them; the ledger last, as the core streams it
    expect(streamed.progress.at(-1)?.sheet).toBe('Regnskap');
    expect(streamed.progress.findIndex((p) => p.sheet === 'Regnskap')).toBe(streamed.progress.length - ledger(streamed.progress).length);
  });
});

describe('the stream holds one chunk at a time', () => {
  const data: DoubleWorkbook = { sheets: [oppsett, largeLedger({ rows: 40_000 })] };

  it('reads none of the ledger in read(), and hands each chunk on as soon as it is read, in a run of its own', async () => {
    const double = createExcelDouble(data);
    let runs = 0;
    const excel = { run: <T>(batch: Parameters<typeof double.run<T>>[0]) => { runs += 1; return double.run(batch); } };
    const raw = await officeWorkbookSource(excel).read();
    expect(runs).toBe(1);
    expect(double.syncLog.some((sync) => sync.sheets.includes('Regnskap'))).toBe(false);

    const syncsAtBatch: number[] = [];
    const batchSizes: number[] = [];
    await ledgerOf(raw.sheets).stream!({
      rows: (batch) => {
        syncsAtBatch.push(double.syncs);
        batchSizes.push(batch.length);
      },
      restart: () => {
        throw new Error('no restart');
      },
    });
    expect(runs).toBe(2);
    const chunks = double.syncLog.filter((sync) => sync.sheets.includes('Regnskap'));
    // one batch per chunk, each given before the next chunk is asked for
    expect(batchSizes).toEqual(chunks.map((sync) => sync.cells / 8));
    expect(batchSizes.slice(0, 7)).toEqual([125, 250, 500, 1000, 2000, 4000, 7500]);
    expect(syncsAtBatch.every((syncs, i) => i === 0 || syncs === syncsAtBatch[i - 1]! + 1)).toBe(true);
    // and it can be read again: each call is a read of its own
    expect((await streamedBatches(ledgerOf(raw.sheets))).flat()).toHaveLength(40_000);
  });

  it('streams the first sheet named as the ledger (Regnskap or Ledger) from STREAM_LEDGER_FROM_CELLS cells; no other sheet', async () => {
    const streamedNames = async (workbook: DoubleWorkbook, streamLedgerFromCells?: number) =>
      (await officeWorkbookSource(createExcelDouble(workbook), streamLedgerFromCells === undefined ? {} : { streamLedgerFromCells }).read())
        .sheets.filter((sheet) => sheet.stream !== undefined).map((sheet) => sheet.name);
    const big = (name: string, rows = 30_000): DoubleSheet => ({ ...largeLedger({ rows }), name });
    expect(await streamedNames({ sheets: [big('Brukere'), big(' ledger '), big('Regnskap')] })).toEqual([' ledger ']);
    // 25 000 rows × 8 columns are exactly the 200 000 cells
    expect(await streamedNames({ sheets: [big('Regnskap', 24_999)] })).toEqual([]);
    expect(await streamedNames({ sheets: [big('Regnskap', 25_000)] })).toEqual(['Regnskap']);
    expect(await streamedNames({ sheets: [big('Regnskap', 25_000)] }, 200_001)).toEqual([]);
    expect(await streamedNames({ sheets: [big('Regnskap', 2)] }, 0)).toEqual(['Regnskap']);
    expect(await streamedNames({ sheets: [{ name: 'Regnskap', rows: [] }] }, 0)).toEqual([]);
  });

  it('refuses a streamLedgerFromCells that is not a number of cells', () => {
    const double = createExcelDouble(data);
    expect(() => officeWorkbookSource(double, { streamLedgerFromCells: -1 })).toThrow(RangeError);
    expect(() => officeWorkbookSource(double, { streamLedgerFromCells: Number.NaN })).toThrow(RangeError);
  });
});

describe('when the workbook changes or Excel fails before the stream is read', () => {
  const data = (): DoubleWorkbook => ({ sheets: [oppsett, largeLedger({ rows: 1000 })] });
  const CHANGED = (what: string) => `Arbeidsboken ble endret mens den ble lest (${what}); prøv igjen.`;

  async function refusal(change: (double: ReturnType<typeof createExcelDouble>) => void): Promise<unknown> {
    const double = createExcelDouble(data());
    const source = officeWorkbookSource(double, { streamLedgerFromCells: 0 });
    // the user changes the workbook while the core is between read() and the stream
    const changing = { read: async () => {
      const raw = await source.read();
      change(double);
      return raw;
    } };
    return analyseSource(changing).then(() => undefined, (error: unknown) => error);
  }

  it.each([
    ['renamed', (double: ReturnType<typeof createExcelDouble>) => double.userRenamesSheet('Regnskap', 'Regnskap 2017'), 'arket Regnskap har fått nytt navn eller er slettet'],
    ['renamed in another case', (double: ReturnType<typeof createExcelDouble>) => double.userRenamesSheet('Regnskap', 'REGNSKAP'), 'arket Regnskap har fått nytt navn eller er slettet'],
    ['deleted', (double: ReturnType<typeof createExcelDouble>) => double.userDeletesSheet('Regnskap'), 'arket Regnskap har fått nytt navn eller er slettet'],
    ['given a row more', (double: ReturnType<typeof createExcelDouble>) => double.userEditsCell('Regnskap', 'A1001', { value: 1000, type: 'Double' }), 'området med innhold på arket Regnskap er endret'],
    ['emptied', (double: ReturnType<typeof createExcelDouble>) => {
      for (let row = 1; row <= 1000; row += 1) for (const column of 'ABCDEFGH') double.userEditsCell('Regnskap', `${column}${row}`, null);
    }, 'området med innhold på arket Regnskap er endret'],
  ])('refuses a ledger %s with an UnreadableWorkbookError that says so in Norwegian', async (_, change, what) => {
    const error = await refusal(change);
    expect(error).toBeInstanceOf(UnreadableWorkbookError);
    expect((error as Error).message).toBe(CHANGED(what));
  });

  it('rejects as read() does when Excel fails', async () => {
    const failing = (streamLedgerFromCells: number) => officeWorkbookSource(createExcelDouble(data(), { cellsPerSync: 4 }), { streamLedgerFromCells });
    const asRead: unknown = await failing(Infinity).read().then(() => undefined, (error: unknown) => error);
    const raw = await failing(0).read();
    const asStream: unknown = await streamedBatches(ledgerOf(raw.sheets)).then(() => undefined, (error: unknown) => error);
    expect(asStream).toBeInstanceOf(UnreadableWorkbookError);
    expect(asRead).toBeInstanceOf(UnreadableWorkbookError);
    expect((asStream as Error).message).toBe((asRead as Error).message);
    expect((asStream as Error).message).toContain('feilkode ResponsePayloadSizeLimitExceeded');
    expect((asStream as Error).cause).toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('lets an error of the sink (the core\'s) pass as it is', async () => {
    const raw = await officeWorkbookSource(createExcelDouble(data()), { streamLedgerFromCells: 0 }).read();
    const bug = new Error('a bug in the reader');
    await expect(ledgerOf(raw.sheets).stream!({ rows: () => { throw bug; }, restart: () => undefined })).rejects.toBe(bug);
  });
});
