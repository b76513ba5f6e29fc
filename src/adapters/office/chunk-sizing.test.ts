import fc from 'fast-check';
import {
  DEFAULT_CHUNK_SIZING,
  estimateRowBytes,
  firstChunkRows,
  GROWTH,
  jsonByteBound,
  nextChunkRows,
  type ChunkSizing,
} from './chunk-sizing';

const utf8 = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

describe('jsonByteBound', () => {
  it('is the JSON length for ASCII, escapes included', () => {
    expect(jsonByteBound([['Ansvar', 1000, 1234.56, true, '']])).toBe('[["Ansvar",1000,1234.56,true,""]]'.length);
    expect(jsonByteBound(['a"b\\c\n\u0001'])).toBe(JSON.stringify(['a"b\\c\n\u0001']).length);
  });

  it('counts each character outside ASCII as a \\uXXXX escape, 6 bytes', () => {
    expect(jsonByteBound('Årsmelding')).toBe('"Årsmelding"'.length + 5);
    expect(jsonByteBound('æøå')).toBe(2 + 18);
    expect(jsonByteBound('€')).toBe(2 + 6);
    // a surrogate pair is two escapes, as JSON writes it
    expect(jsonByteBound('😀')).toBe(2 + 12);
  });

  it('is never less than the UTF-8 JSON of the value', () => {
    fc.assert(fc.property(fc.array(fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.double(), fc.boolean()))), (grid) => {
      expect(jsonByteBound(grid)).toBeGreaterThanOrEqual(utf8(grid));
    }));
  });
});

describe('firstChunkRows', () => {
  it('is firstCells of whole rows, within maxCells, at least one row', () => {
    expect(firstChunkRows(8, DEFAULT_CHUNK_SIZING)).toBe(125);
    expect(firstChunkRows(3, DEFAULT_CHUNK_SIZING)).toBe(333);
    expect(firstChunkRows(8, { ...DEFAULT_CHUNK_SIZING, maxCells: 80 })).toBe(10);
    expect(firstChunkRows(5000, DEFAULT_CHUNK_SIZING)).toBe(1);
  });
});

describe('estimateRowBytes', () => {
  const rows = (count: number, bytes: number) => Array.from({ length: count }, () => bytes);

  it('is the mean of rows alike', () => {
    expect(estimateRowBytes(rows(100, 300))).toBe(300);
    expect(estimateRowBytes([300])).toBe(300);
    expect(estimateRowBytes([])).toBe(0);
  });

  it('weighs heavy rows at the end of the chunk in full, down to a sixteenth of it', () => {
    // 1 600 rows: the last 100 (a sixteenth) are long texts
    expect(estimateRowBytes([...rows(1500, 300), ...rows(100, 4300)])).toBe(4300);
    // the last 50, fewer than a sixteenth: the mean of the last 100
    expect(estimateRowBytes([...rows(1550, 300), ...rows(50, 4300)])).toBe(2300);
  });

  it('keeps a band that ended in the chunk at the weight of the whole chunk, not of its light end', () => {
    expect(estimateRowBytes([...rows(100, 4300), ...rows(300, 300)])).toBe(1300);
  });

  it('is never less than the mean of the chunk, nor of its last row', () => {
    fc.assert(fc.property(fc.array(fc.nat({ max: 100_000 }), { minLength: 1, maxLength: 500 }), (bytes) => {
      const mean = bytes.reduce((a, b) => a + b, 0) / bytes.length;
      const estimate = estimateRowBytes(bytes);
      expect(estimate).toBeGreaterThanOrEqual(mean - 1e-9);
      expect(estimate).toBeLessThanOrEqual(Math.max(...bytes));
      if (bytes.length < 16) expect(estimate).toBeGreaterThanOrEqual(bytes[bytes.length - 1]!);
    }));
  });
});

describe('nextChunkRows', () => {
  const sizing: ChunkSizing = { budgetBytes: 2_500_000, maxCells: 60_000, firstCells: 1000 };
  const rows = (count: number, bytes: number) => Array.from({ length: count }, () => bytes);

  it('doubles the rows while budget and maxCells allow', () => {
    expect(nextChunkRows(rows(125, 310), 8, sizing)).toBe(250);
    expect(nextChunkRows(rows(4000, 310), 8, sizing)).toBe(7500);
  });

  it('gives as many rows as the budget holds at the estimated weight', () => {
    expect(nextChunkRows(rows(7500, 1000), 8, sizing)).toBe(2500);
    expect(nextChunkRows([...rows(7000, 310), ...rows(500, 5000)], 8, sizing)).toBe(500);
  });

  it('after a refused chunk read in pieces, gives no more rows than the largest piece that passed', () => {
    expect(nextChunkRows(rows(1000, 310), 8, sizing, 500)).toBe(500);
    expect(nextChunkRows(rows(7500, 1000), 8, sizing, 3750)).toBe(2500);
    expect(nextChunkRows(rows(1000, 310), 8, sizing, 1000)).toBe(2000);
  });

  it('gives at least one row, also when one row is over the budget', () => {
    expect(nextChunkRows([10_000_000], 8, sizing)).toBe(1);
    expect(nextChunkRows(rows(10, 100), 100_000, sizing)).toBe(1);
  });

  it('keeps the projected response within the budget, the cells within maxCells and the growth within GROWTH', () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: 2, max: 70_000 }), { minLength: 1, maxLength: 300 }),
      fc.integer({ min: 1, max: 200 }),
      fc.integer({ min: 10_000, max: 5_000_000 }),
      fc.integer({ min: 1, max: 100_000 }),
      (bytes, columns, budgetBytes, maxCells) => {
        const rowsNext = nextChunkRows(bytes, columns, { budgetBytes, maxCells, firstCells: 1000 });
        expect(Number.isInteger(rowsNext) && rowsNext >= 1).toBe(true);
        if (rowsNext > 1) {
          expect(rowsNext * estimateRowBytes(bytes)).toBeLessThanOrEqual(budgetBytes);
          expect(rowsNext * columns).toBeLessThanOrEqual(maxCells);
          expect(rowsNext).toBeLessThanOrEqual(GROWTH * bytes.length);
        }
      },
    ));
  });
});
