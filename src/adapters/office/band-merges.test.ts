import type { CellValue } from '../../core/workbook/raw-workbook';
import { bandMerges } from './band-merges';
import type { CellGrid } from './cell-grid';

const text = (value: string): CellValue => ({ kind: 'text', value });
const grid = (cells: [number, number, CellValue][]): CellGrid => {
  const result: CellGrid = new Map();
  for (const [row, column, value] of cells) {
    if (!result.has(row)) result.set(row, new Map());
    result.get(row)!.set(column, value);
  }
  return result;
};
const addresses = (cells: CellGrid) => [...cells].flatMap(([row, inRow]) => [...inRow].map(([column, value]) => `${row},${column} ${value.kind === 'merged' ? value.master : value.kind}`));

describe('bandMerges: the merged cells of a sheet read band by band', () => {
  // merges as Excel gives them, whole: A2:B4 (master holds text), D2:D3 (empty master)
  const a2b4 = { row: 1, column: 0, rowCount: 3, columnCount: 2 };
  const d2d3 = { row: 1, column: 3, rowCount: 2, columnCount: 1 };

  it('marks the cells of a merge in the band its master is in and in the bands below, but not those of an empty master', () => {
    const merges = bandMerges(10);
    const first = grid([[0, 0, text('Tittel')], [1, 0, text('Flettet')]]);
    merges.markBand(0, 3, [a2b4, d2d3], first);
    expect(addresses(first)).toEqual(['0,0 text', '1,0 text', '1,1 A2', '2,0 A2', '2,1 A2']);
    const second = grid([]);
    merges.markBand(3, 2, [a2b4], second);
    expect(addresses(second)).toEqual(['3,0 A2', '3,1 A2']);
    // once the bands have passed its last row, the merge is forgotten
    const third = grid([]);
    merges.markBand(5, 2, [a2b4], third);
    expect(addresses(third)).toEqual([]);
    expect(merges.below.size).toBe(0);
  });

  it('ignores a merge whose master lies above the first band (it is empty: the used range begins below it)', () => {
    const merges = bandMerges(10);
    const cells = grid([[2, 5, text('x')]]);
    merges.markBand(2, 3, [a2b4], cells);
    expect(addresses(cells)).toEqual(['2,5 text']);
  });

  it('collects the cells of a merge that reaches below the used range, from its first row below it', () => {
    const merges = bandMerges(3);
    const cells = grid([[1, 0, text('Merknad')]]);
    merges.markBand(0, 3, [a2b4], cells);
    expect(addresses(cells)).toEqual(['1,0 text', '1,1 A2', '2,0 A2', '2,1 A2']);
    expect(addresses(merges.below)).toEqual(['3,0 A2', '3,1 A2']);
  });
});
