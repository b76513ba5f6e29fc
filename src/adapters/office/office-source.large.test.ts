/**
 * A large ledger through the Office.js adapter: 100 000 rows × 8 columns in the Excel double,
 * which measures each sync's response as Excel on the web would send it. The ledger is
 * streamed (it has more than STREAM_LEDGER_FROM_CELLS cells) and read here as the core reads
 * it, chunk by chunk, when the stream is asked for. Shows how the chunks
 * are sized from measurement (docs/office-reading.md has the numbers): they grow from 1 000
 * cells to the cap, shrink in bands of long texts and grow again after them; no response that
 * Excel delivers passes Excel on the web's 5 MB, and a band so dense that a full chunk runs
 * past it is refused and read in halves.
 */
import { createExcelDouble, type DoubleSyncRecord, type DoubleWorkbook } from '../../../test/office-double/excel-double';
import { heldRows } from '../../../test/office-double/held-rows';
import { largeLedger } from '../../../test/office-double/large-ledger';
import { DEFAULT_MAX_CELLS_PER_REQUEST, RESPONSE_BUDGET_BYTES } from './chunk-sizing';
import { officeWorkbookSource, type ReadProgress } from './office-source';

const FIVE_MB = 5_000_000;
const ROWS = 100_000;
const CAP = DEFAULT_MAX_CELLS_PER_REQUEST / 8;
/** Rows 40 001–52 000: every tenth Tekst is a note of 2 000 characters (1 200 notes), 2.3 times a typical row. */
const SPARSE = { from: 40_001, to: 52_000, every: 10, length: 2000 };

const oppsett = { name: 'Oppsett', rows: [[{ value: 'Selskap', type: 'String' as const }, { value: 'IKT Indre Namdal IKS', type: 'String' as const }]] };
const bytesPerCell = (sync: DoubleSyncRecord) => sync.responseBytes / sync.cells;

async function read(data: DoubleWorkbook, maxCellsPerRequest?: number) {
  const double = createExcelDouble(data);
  const progress: ReadProgress[] = [];
  const streamed = await officeWorkbookSource(double, { onProgress: (p) => progress.push(p), ...(maxCellsPerRequest === undefined ? {} : { maxCellsPerRequest }) }).read();
  const raw = await heldRows(streamed);
  const ledger = double.syncLog.filter((sync) => sync.sheets.includes('Regnskap'));
  const ledgerStreamed = streamed.sheets.find((sheet) => sheet.name === 'Regnskap')?.stream !== undefined;
  return { raw, ledger, ledgerStreamed, progress: progress.filter((p) => p.sheet === 'Regnskap').map((p) => p.rowsRead) };
}

/** The rows of each chunk that Excel delivered (a refused request delivers none). */
const chunkRows = (ledger: readonly DoubleSyncRecord[]) => ledger.filter((sync) => !sync.failed).map((sync) => sync.cells / 8);

/** Which chunks overlap rows from … to of the sheet. */
function overlapping(rows: readonly number[], from: number, to: number): number[] {
  let first = 1;
  return rows.flatMap((height) => {
    const hit = first <= to && first + height - 1 >= from;
    first += height;
    return hit ? [height] : [];
  });
}

describe('reading a 100 000-row ledger with a band of long texts through Office.js', () => {
  // the double copies what it is given, so one workbook serves both reads
  const workbook: DoubleWorkbook = { sheets: [oppsett, largeLedger({ rows: ROWS, bands: [SPARSE] })] };
  const data = (): DoubleWorkbook => workbook;
  let result: Awaited<ReturnType<typeof read>>;
  beforeAll(async () => {
    result = await read(data());
  });

  it('needs 20 requests for the ledger, none refused, and reports progress after each', () => {
    const { ledger, progress, ledgerStreamed } = result;
    expect(ledgerStreamed).toBe(true);
    expect(ledger).toHaveLength(20);
    expect(ledger.every((sync) => !sync.failed)).toBe(true);
    expect(progress).toHaveLength(20);
    expect(progress[progress.length - 1]).toBe(ROWS);
    // in the old fixed chunks of 20 000 cells it took 40
    expect(Math.ceil(ROWS / (20_000 / 8))).toBe(40);
  });

  it('keeps every response under 5 MB, and under the budget of 2.5 MB but where a chunk met heavier rows than the chunk before it', () => {
    const { ledger } = result;
    expect(Math.max(...ledger.map((sync) => sync.responseBytes))).toBeLessThan(FIVE_MB);
    const overBudget = ledger.flatMap((sync, i) => (sync.responseBytes > RESPONSE_BUDGET_BYTES ? [i] : []));
    // the one chunk the band begins in (rows 37 876–45 375, 4.5 MB), then the next one is smaller
    expect(overBudget).toHaveLength(1);
    for (const i of overBudget) {
      expect(bytesPerCell(ledger[i]!)).toBeGreaterThan(1.3 * bytesPerCell(ledger[i - 1]!));
      expect(ledger[i + 1]!.cells).toBeLessThan(ledger[i]!.cells);
    }
  });

  it('grows from 1 000 cells to the cap, shrinks in the band and grows again after it', () => {
    const { ledger } = result;
    const rows = chunkRows(ledger);
    expect(rows.slice(0, 7)).toEqual([125, 250, 500, 1000, 2000, 4000, CAP]);
    // typical ledger rows weigh about 39 bytes a cell: the cap (60 000 cells, 2.3 MB) binds before the budget
    for (const sync of ledger.slice(0, 10)) {
      expect(bytesPerCell(sync)).toBeGreaterThan(35);
      expect(bytesPerCell(sync)).toBeLessThan(45);
    }
    // in the band: as many rows as 2.5 MB holds at about 88 bytes a cell
    const inBand = overlapping(rows, SPARSE.from, SPARSE.to);
    expect(inBand).toHaveLength(3);
    expect(inBand[0]).toBe(CAP);
    for (const height of inBand.slice(1)) expect(height).toBeLessThan(CAP / 2);
    // after it: twice the rows per chunk, up to the cap again
    const after = rows.slice(rows.indexOf(inBand[2]!) + 1);
    expect(after[1]! / after[0]!).toBe(2);
    expect(after.slice(2, -1).every((height) => height === CAP)).toBe(true);
  });

  it('gives the same RawWorkbook as a read in small chunks of at most 1 000 rows', async () => {
    const fixed = await read(data(), 8000);
    expect(fixed.ledger).toHaveLength(103);
    expect(chunkRows(fixed.ledger).slice(0, 5)).toEqual([125, 250, 500, 1000, 1000]);
    // compared as JSON: the same plain data, and far quicker than a deep toEqual of 800 000 cells
    expect(JSON.stringify(result.raw)).toBe(JSON.stringify(fixed.raw));
  });
});

describe('a dense band of long texts that a full chunk runs into', () => {
  /** Rows 10 001–14 000: every second Tekst is a note of 2 000 characters, 7 times a typical row. */
  const DENSE = { from: 10_001, to: 14_000, every: 2, length: 2000 };
  const data = (): DoubleWorkbook => ({ sheets: [largeLedger({ rows: 20_000, bands: [DENSE] })] });

  it('is refused by Excel, read again in halves, and the chunks after it are sized for the band', async () => {
    const { raw, ledger } = await read(data());
    const refused = ledger.filter((sync) => sync.failed);
    // the chunk of 7 500 rows that met the band (10.3 MB) is refused, and so is its second half (5.9 MB)
    expect(refused.map((sync) => sync.cells / 8)).toEqual([7500, 3750]);
    expect(refused.every((sync) => sync.responseBytes > FIVE_MB)).toBe(true);
    const delivered = ledger.filter((sync) => !sync.failed);
    expect(Math.max(...delivered.map((sync) => sync.responseBytes))).toBeLessThan(FIVE_MB);
    // rows 7 876–15 375 in three pieces (3 750 + 1 875 + 1 875), then sized from them, growing again
    const rows = chunkRows(ledger);
    expect(rows.slice(6, 9)).toEqual([3750, 1875, 1875]);
    expect(rows[10]! / rows[9]!).toBe(2);

    const fixed = await read(data(), 8000);
    expect(JSON.stringify(raw)).toBe(JSON.stringify(fixed.raw));
  });
});
