import { createExcelDouble, type DoubleCell, type DoubleSheet, type DoubleWorkbook } from '../../../test/office-double/excel-double';
import type { CellValue, RawWorkbook } from '../../core/workbook/raw-workbook';
import { UnreadableWorkbookError } from '../../core/workbook/workbook-source';
import type { ExcelApi } from './excel-api';
import { officeWorkbookSource, type ReadProgress } from './office-source';

const s = (value: string, formula?: string): DoubleCell => ({ value, type: 'String', ...(formula === undefined ? {} : { formula }) });
const n = (value: number, numberFormat?: string, formula?: string): DoubleCell =>
  ({ value, type: 'Double', ...(numberFormat === undefined ? {} : { numberFormat }), ...(formula === undefined ? {} : { formula }) });
const b = (value: boolean): DoubleCell => ({ value, type: 'Boolean' });
const e = (code: string, formula?: string): DoubleCell => ({ value: code, type: 'Error', ...(formula === undefined ? {} : { formula }) });

function cellAt(raw: RawWorkbook, sheet: string, address: string): CellValue | undefined {
  return raw.sheets.find((x) => x.name === sheet)?.rows.flatMap((row) => row.cells).find((cell) => cell.address === address)?.value;
}

/** A 1 000-row (or `height`-row) × 8-column ledger with a merge and hidden rows across the band boundaries. */
function bigSheet(height = 1000): DoubleSheet {
  const rows: DoubleCell[][] = [[s('Ansvar'), s('Art'), s('Funksjon'), s('Tekst'), s('Regnskap'), s('Budsjett'), s('Dato'), s('Godkjent')]];
  for (let i = 1; i < height; i += 1) {
    rows.push([n(1000 + (i % 13)), n(10800 + i), n(100), s(`Linje ${i}`), n(i * 10.25, '#,##0.00'), n(-i), n(43000 + i, 'dd.mm.yyyy'), b(i % 2 === 0)]);
  }
  rows[499] = [s('Tittel over grensen'), ...rows[499]!.slice(1)];
  return { name: 'Regnskap', rows, merged: ['A500:A502', 'D250:E251'], hiddenRows: [250, 251, 600, 1000] };
}

async function readWith(data: DoubleWorkbook, maxCellsPerRequest?: number, responseBudgetBytes?: number) {
  const double = createExcelDouble(data);
  const progress: ReadProgress[] = [];
  const raw = await officeWorkbookSource(double, {
    onProgress: (p) => progress.push(p),
    ...(maxCellsPerRequest === undefined ? {} : { maxCellsPerRequest }),
    ...(responseBudgetBytes === undefined ? {} : { responseBudgetBytes }),
  }).read();
  return { raw, progress, double };
}

describe('officeWorkbookSource: reading in chunks', () => {
  it('reads a 1 000 × 8 sheet in chunks of at most 2 000 cells, the first of 1 000, one sync each, and reports progress per chunk', async () => {
    const { raw, progress, double } = await readWith({ sheets: [{ name: 'Oppsett', rows: [[s('Selskap'), s('IKT')]] }, bigSheet()] }, 2000);
    const ledgerSyncs = double.syncLog.filter((sync) => sync.sheets.includes('Regnskap'));
    expect(ledgerSyncs.length).toBeGreaterThanOrEqual(4);
    expect(double.maxCellsInOneSync).toBeLessThanOrEqual(2000);
    expect(double.syncLog.every((sync) => sync.cells <= 2000 && !sync.failed)).toBe(true);
    expect(progress.filter((p) => p.sheet === 'Regnskap')).toEqual([
      { sheet: 'Regnskap', rowsRead: 125, rowsTotal: 1000 },
      { sheet: 'Regnskap', rowsRead: 375, rowsTotal: 1000 },
      { sheet: 'Regnskap', rowsRead: 625, rowsTotal: 1000 },
      { sheet: 'Regnskap', rowsRead: 875, rowsTotal: 1000 },
      { sheet: 'Regnskap', rowsRead: 1000, rowsTotal: 1000 },
    ]);
    expect(progress[0]).toEqual({ sheet: 'Oppsett', rowsRead: 1, rowsTotal: 1 });

    // By default the chunks double from 1 000 cells while the budget allows.
    const growing = await readWith({ sheets: [{ name: 'Oppsett', rows: [[s('Selskap'), s('IKT')]] }, bigSheet()] });
    expect(growing.progress.filter((p) => p.sheet === 'Regnskap').map((p) => p.rowsRead)).toEqual([125, 375, 875, 1000]);
    expect(growing.double.maxCellsInOneSync).toBe(4000);
    expect(raw).toEqual(growing.raw);

    // What the comparison covers: the merges and hidden rows that cross band boundaries.
    expect(cellAt(raw, 'Regnskap', 'A501')).toEqual({ kind: 'merged', master: 'A500' });
    expect(cellAt(raw, 'Regnskap', 'E251')).toEqual({ kind: 'merged', master: 'D250' });
    const ledger = raw.sheets[1]!;
    expect(ledger.rows.filter((row) => row.hidden).map((row) => row.row)).toEqual([250, 251, 600, 1000]);
    expect(ledger.rows).toHaveLength(1000);
    expect(ledger.rows[999]?.cells.map((cell) => cell.address)).toEqual(['A1000', 'B1000', 'C1000', 'D1000', 'E1000', 'F1000', 'G1000', 'H1000']);
  });

  it('needs one sync for the sheets, one for their used ranges, then one per chunk', async () => {
    const { double } = await readWith({ sheets: [{ name: 'A', rows: [[n(1)]] }, { name: 'B', rows: [[n(2)]] }] });
    expect(double.syncs).toBe(2 + 2);
  });

  it('reads a chunk again in halves when Excel refuses it (too large a response, too many merged areas)', async () => {
    const data = { sheets: [bigSheet()] };
    const reference = (await readWith(data, 1_000_000)).raw;

    const tooLarge = createExcelDouble(data, { cellsPerSync: 3000 });
    expect(await officeWorkbookSource(tooLarge, { maxCellsPerRequest: 8000 }).read()).toEqual(reference);
    expect(tooLarge.syncLog.some((sync) => sync.failed)).toBe(true);
    expect(tooLarge.maxCellsInOneSync).toBeLessThanOrEqual(3000);

    // Chunks of 125, 250, 500 and then 1 000 rows: the fourth touches 1 000 merged areas.
    const merges = Array.from({ length: 2999 }, (_, i) => `D${i + 2}:E${i + 2}`);
    const manyMerges = { sheets: [{ ...bigSheet(3000), merged: merges }] };
    const mergedDouble = createExcelDouble(manyMerges);
    const raw = await officeWorkbookSource(mergedDouble).read();
    expect(mergedDouble.syncLog.some((sync) => sync.failed)).toBe(true);
    expect(raw).toEqual((await readWith(manyMerges, 2000)).raw);
    expect(cellAt(raw, 'Regnskap', 'E1601')).toEqual({ kind: 'merged', master: 'D1601' });
  });

  it('refuses a maxCellsPerRequest that is not a positive whole number, and a responseBudgetBytes that is not positive', () => {
    const double = createExcelDouble({ sheets: [] });
    for (const bad of [0, -5, 1.5, Number.NaN]) expect(() => officeWorkbookSource(double, { maxCellsPerRequest: bad })).toThrow(RangeError);
    for (const bad of [0, -1, Number.NaN, Infinity]) expect(() => officeWorkbookSource(double, { responseBudgetBytes: bad })).toThrow(RangeError);
  });

  it('sizes the chunks from what the rows read so far weigh, within responseBudgetBytes', async () => {
    // a budget of 40 000 bytes: the 1 000 × 8 sheet's rows weigh about 265 bytes each
    const { raw, double } = await readWith({ sheets: [bigSheet()] }, undefined, 40_000);
    const ledger = double.syncLog.filter((sync) => sync.sheets.includes('Regnskap'));
    expect(ledger.map((sync) => sync.cells / 8)).toEqual([125, 150, 150, 150, 150, 150, 125]);
    // measured, within the budget but for what the estimate leaves out (the property names, the
    // merged and visible areas): under 100 bytes a request here
    expect(Math.max(...ledger.map((sync) => sync.responseBytes))).toBeGreaterThan(39_000);
    expect(ledger.every((sync) => sync.responseBytes < 40_000 + 100)).toBe(true);
    expect(raw).toEqual((await readWith({ sheets: [bigSheet()] }, 8000)).raw);
  });

  it('after a chunk refused for too many merged areas, reads no more rows at once than passed', async () => {
    const merges = Array.from({ length: 2999 }, (_, i) => `D${i + 2}:E${i + 2}`);
    const double = createExcelDouble({ sheets: [{ ...bigSheet(3000), merged: merges }] });
    await officeWorkbookSource(double).read();
    const ledger = double.syncLog.filter((sync) => sync.sheets.includes('Regnskap'));
    // 125, 250, 500; 1 000 refused, read as 500 + 500; then 500 (not 2 000), and 1 000 again
    // (only the last 625 rows are left: refused, read as 313 + 312)
    expect(ledger.map((sync) => [sync.cells / 8, sync.failed])).toEqual([
      [125, false], [250, false], [500, false], [1000, true], [500, false], [500, false], [500, false], [625, true], [313, false], [312, false],
    ]);
  });
});

describe('officeWorkbookSource: what each cell reads as', () => {
  const data: DoubleWorkbook = {
    sheets: [
      {
        name: 'Økonomi æøå',
        rows: [
          [s('Ansvar'), s('Navn'), s('Regnskap'), s('Dato'), s('Godkjent')],
          [n(1000), s('12 000,50'), n(1234.56, '#,##0.00'), n(43100, 'dd.mm.yyyy'), b(true)],
          [n(1011), s('1000'), n(2469.12, undefined, '=C2*2'), n(42916.52083333333, 'dd.mm.yyyy hh:mm'), b(false)],
          [e('#REF!', '=#REF!*2'), e('#DIV/0!', '=1/0'), e('#N/A'), n(0, undefined, '=C2-C2'), s('', '=IF(C2>1000000,C2,"")')],
          [s('Sammenslått'), s('skjult verdi'), null, null, s('   ')],
          [null, null, null],
          [null, null, null, null, s('Tom fletting under')],
          [null],
        ],
        // A5:B7 has a master with a value; D7:E8 has an empty master D7 (E7's value is not shown by Excel).
        merged: ['A5:B7', 'D7:E8'],
        hiddenRows: [3, 6],
      },
      { name: 'Skjult ark', visibility: 'Hidden', rows: [[s('År'), n(2017)]] },
      { name: 'Svært skjult', visibility: 'VeryHidden', rows: [[s('Hemmelig'), n(42)]] },
      { name: 'Tomt', rows: [] },
      { name: 'Bare formatert', rows: [[null, null], [null, null]] },
    ],
  };
  let raw: RawWorkbook;
  beforeAll(async () => {
    raw = (await readWith(data)).raw;
  });

  it('gives the sheets in tab order, hidden or not, and empty sheets without rows', () => {
    expect(raw.sheets.map((sheet) => [sheet.name, sheet.hidden, sheet.rows.length])).toEqual([
      ['Økonomi æøå', false, 7],
      ['Skjult ark', true, 1],
      ['Svært skjult', true, 1],
      ['Tomt', false, 0],
      ['Bare formatert', false, 0],
    ]);
  });

  it.each([
    ['A2', { kind: 'number', value: 1000 }],
    ['B2', { kind: 'text', value: '12 000,50' }],
    ['B3', { kind: 'text', value: '1000' }],
    ['C2', { kind: 'number', value: 1234.56 }],
    ['C3', { kind: 'number', value: 2469.12 }],
    ['D2', { kind: 'date', iso: '2017-12-31' }],
    ['D3', { kind: 'date', iso: '2017-06-30T12:30:00.000Z' }],
    ['E2', { kind: 'boolean', value: true }],
    ['E3', { kind: 'boolean', value: false }],
    ['A4', { kind: 'error', code: '#REF!' }],
    ['B4', { kind: 'error', code: '#DIV/0!' }],
    ['C4', { kind: 'error', code: '#N/A' }],
    ['D4', { kind: 'number', value: 0 }],
    ['E4', { kind: 'text', value: '' }],
    ['A5', { kind: 'text', value: 'Sammenslått' }],
    ['B5', { kind: 'merged', master: 'A5' }],
    ['A6', { kind: 'merged', master: 'A5' }],
    ['B7', { kind: 'merged', master: 'A5' }],
    ['E5', { kind: 'text', value: '   ' }],
    ['D7', undefined],
    ['E7', undefined],
    ['E8', undefined],
  ] as const)('%s reads as %j', (address, expected) => {
    expect(cellAt(raw, 'Økonomi æøå', address)).toEqual(expected);
  });

  it('gives rows with their cells in column order, A1 addresses, and whether they are hidden', () => {
    const sheet = raw.sheets[0]!;
    expect(sheet.rows.map((row) => [row.row, row.hidden, row.cells.map((cell) => cell.address).join(' ')])).toEqual([
      [1, false, 'A1 B1 C1 D1 E1'],
      [2, false, 'A2 B2 C2 D2 E2'],
      [3, true, 'A3 B3 C3 D3 E3'],
      [4, false, 'A4 B4 C4 D4 E4'],
      [5, false, 'A5 B5 E5'],
      [6, true, 'A6 B6'],
      [7, false, 'A7 B7'],
    ]);
    expect(sheet.rows[0]?.cells.map((cell) => cell.column)).toEqual([1, 2, 3, 4, 5]);
  });

  it('marks the cells of a merge that reaches below the used range, with their rows hidden or not', async () => {
    const { raw: below } = await readWith({
      sheets: [{ name: 'Merknad', rows: [[s('Tabell')], [null, s('Merknad')]], merged: ['B2:C4'], hiddenRows: [3] }],
    });
    expect(below.sheets[0]?.rows).toEqual([
      { row: 1, hidden: false, cells: [{ column: 1, address: 'A1', value: { kind: 'text', value: 'Tabell' } }] },
      { row: 2, hidden: false, cells: [{ column: 2, address: 'B2', value: { kind: 'text', value: 'Merknad' } }, { column: 3, address: 'C2', value: { kind: 'merged', master: 'B2' } }] },
      { row: 3, hidden: true, cells: [{ column: 2, address: 'B3', value: { kind: 'merged', master: 'B2' } }, { column: 3, address: 'C3', value: { kind: 'merged', master: 'B2' } }] },
      { row: 4, hidden: false, cells: [{ column: 2, address: 'B4', value: { kind: 'merged', master: 'B2' } }, { column: 3, address: 'C4', value: { kind: 'merged', master: 'B2' } }] },
    ]);
  });

  it('reads a used range that does not start in A1 with the right addresses', async () => {
    const { raw: offset } = await readWith({ sheets: [{ name: 'Ark', rows: [[], [], [null, null, s('Ansvar'), null, n(5)]] }] });
    expect(offset.sheets[0]?.rows).toEqual([{
      row: 3,
      hidden: false,
      cells: [{ column: 3, address: 'C3', value: { kind: 'text', value: 'Ansvar' } }, { column: 5, address: 'E3', value: { kind: 'number', value: 5 } }],
    }]);
  });
});

describe('officeWorkbookSource: when Excel fails', () => {
  async function refusal(excel: ExcelApi): Promise<UnreadableWorkbookError> {
    const error: unknown = await officeWorkbookSource(excel).read().then(() => undefined, (failure: unknown) => failure);
    expect(error).toBeInstanceOf(UnreadableWorkbookError);
    const refused = error as UnreadableWorkbookError;
    expect(refused.message).not.toMatch(/\n|Error|:\d+:\d+/);
    expect(refused.message).toMatch(/^[A-ZÆØÅ].*\.$/);
    return refused;
  }
  const failingRun = (error: unknown): ExcelApi => ({ run: () => Promise.reject(error) });

  it('rejects with an UnreadableWorkbookError in Norwegian, keeping Excel\'s error as the cause', async () => {
    const excelError = Object.assign(new Error('Wait until the previous call completes.'), { code: 'InvalidOperation' });
    const refused = await refusal(failingRun(excelError));
    expect(refused.message).toBe(
      'Excel kunne ikke lese arbeidsboken (feilkode InvalidOperation); avslutt eventuell redigering i en celle (trykk Enter eller Esc), lukk åpne dialogbokser og prøv igjen.',
    );
    expect(refused.cause).toBe(excelError);
    expect((await refusal(failingRun(new Error('x')))).message).toMatch(/^Excel kunne ikke lese arbeidsboken; avslutt/);
  });

  it('says so when Excel is too old for the API the adapter needs', async () => {
    const refused = await refusal(failingRun(Object.assign(new Error('API not found'), { code: 'ApiNotFound' })));
    expect(refused.message).toContain('ExcelApi 1.13');
  });

  it('fails when even a single row cannot be read', async () => {
    const double = createExcelDouble({ sheets: [bigSheet()] }, { cellsPerSync: 4 });
    expect((await refusal(double)).message).toContain('feilkode ResponsePayloadSizeLimitExceeded');
  });
});

describe('officeWorkbookSource: defined names and Excel tables', () => {
  const data: DoubleWorkbook = {
    names: [
      { name: 'Innlogginger', formula: '=Feide!$A$1:$B$3' },
      { name: 'Sats', formula: '=0.25' },
      { name: 'Tekst', formula: '="hei"' },
      { name: 'Flytende', formula: '=OFFSET(Feide!$A$1,0,0,3,2)' },
      { name: 'Borte', formula: '=Slettet!$A$1:$B$2' },
      { name: 'Dobbel', formula: '=Feide!$A$1:$A$3' },
      { name: '_xlnm.Print_Area', formula: '=Feide!$A$1:$B$3' },
    ],
    sheets: [
      {
        name: 'Feide',
        rows: [[s('Kommune'), s('Innlogginger')], [s('Grong'), n(20364)], [s('Snåsa'), n(4340)]],
        names: [{ name: 'Dobbel', formula: '=Feide!$B$1:$B$3' }, { name: 'Lokal', formula: '=Feide!$B$2' }],
      },
      {
        name: 'Helpdesk saker',
        rows: [[], [null, s('Enhet'), s('Saker')], [null, s('Grong'), n(731)]],
        tables: [{ name: 'Saker', range: 'B2:C3' }],
        names: [{ name: 'innlogginger', formula: '=Feide!$A$1:$B$3' }],
      },
    ],
  };

  it('delivers the names of one plain rectangle, of the workbook and of each sheet, and the tables', async () => {
    const { raw } = await readWith(data);
    expect(raw.names).toEqual([
      { name: 'Innlogginger', sheet: 'Feide', range: 'A1:B3', kind: 'name' },
      { name: 'Lokal', sheet: 'Feide', range: 'B2:B2', kind: 'name' },
      { name: 'Saker', sheet: 'Helpdesk saker', range: 'B2:C3', kind: 'table' },
    ]);
  });

  it('asks for the ranges in one more sync only when there are names or tables', async () => {
    const { double } = await readWith(data);
    expect(double.syncs).toBe(2 + 2 + 1);
    const plain = await readWith({ sheets: [{ name: 'A', rows: [[n(1)]] }, { name: 'B', rows: [[n(2)]] }] });
    expect(plain.double.syncs).toBe(2 + 2);
    expect('names' in plain.raw).toBe(false);
  });
});
