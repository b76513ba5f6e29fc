import type { ShapeCell, TableShape } from '../../../core/read/table-shape';
import { chartOfShape, describeChart, shapeChartOptions } from './table-chart';

const cell = (v: string | number | null): ShapeCell =>
  v === null ? { kind: 'empty' } : typeof v === 'number' ? { kind: 'number', value: v } : { kind: 'text', text: v };
const shape = (header: string[], ...rows: (string | number | null)[][]): TableShape => ({ name: 'Ark', header, rows: rows.map((r) => r.map(cell)) });

describe('chartOfShape: the rule of {{diagram:NAME}}', () => {
  it('one series, at most 8 categories, nothing negative: a pie', () => {
    expect(chartOfShape(shape(['Kommune', 'Saker'], ['Grong', 3], ['Snåsa', 0], ['Lierne', null]))).toEqual({
      kind: 'pie', categories: ['Grong', 'Snåsa', 'Lierne'], series: [{ name: 'Saker', values: [3, 0, null] }], decimals: 0,
    });
  });

  it('9 categories, two series, or a negative value: clustered columns', () => {
    const nine = Array.from({ length: 9 }, (_, i) => [`K${i}`, i + 1]);
    expect(chartOfShape(shape(['K', 'V'], ...nine)).kind).toBe('column');
    expect(chartOfShape(shape(['K', 'V'], ...nine.slice(0, 8))).kind).toBe('pie');
    expect(chartOfShape(shape(['K', 'A', 'B'], ['x', 1, 2])).kind).toBe('column');
    expect(chartOfShape(shape(['K', 'V'], ['x', 5], ['y', -1])).kind).toBe('column');
    expect(chartOfShape(shape(['K', 'V'], ['x', 0], ['y', 0])).kind).toBe('column'); // a pie of nothing draws nothing
  });

  it('takes as series only the columns of numbers (or empty), names them by their header, and leaves out text columns', () => {
    const c = chartOfShape(shape(['År', 'Grong', 'Merknad', '', 'Tom'], [2016, 10, 'ny', 1.25, null], [2017, 11, null, 2, null]));
    expect(c).toEqual({
      kind: 'column', categories: ['2016', '2017'],
      series: [{ name: 'Grong', values: [10, 11] }, { name: 'Kolonne 4', values: [1.25, 2] }],
      decimals: 2,
    });
  });

  it('leaves out rows without a category, and writes a number category with a decimal comma', () => {
    const c = chartOfShape(shape(['Nivå', 'V'], [1.5, 1], [null, 99], [2, 3]));
    expect(c.kind !== 'none' && [c.categories, c.series[0]?.values]).toEqual([['1,5', '2'], [1, 3]]);
  });

  it('another category column (År for diagram_brukere)', () => {
    const c = chartOfShape(shape(['Grong', 'År'], [10, 2016], [11, 2017]), 1);
    expect(c.kind !== 'none' && [c.categories, c.series]).toEqual([['2016', '2017'], [{ name: 'Grong', values: [10, 11] }]]);
  });

  it('not chartable: no column of numbers, or no rows', () => {
    expect(chartOfShape(shape(['Navn', 'Rolle'], ['Kari', 'Leder'], ['Ola', 3]))).toEqual({
      kind: 'none', reason: 'Tabellen «Ark» kan ikke vises som diagram: ingen kolonne etter den første har bare tall.',
    });
    expect(chartOfShape(shape(['Navn', 'Tall']))).toEqual({
      kind: 'none', reason: 'Tabellen «Ark» kan ikke vises som diagram: den har ingen rader med navn i første kolonne.',
    });
  });
});

describe('shapeChartOptions', () => {
  it('labels columns only when the labels fit beside each other, and shows a legend only for several series', () => {
    const few = chartOfShape(shape(['K', 'V'], ...Array.from({ length: 9 }, (_, i) => [`K${i}`, 1000 * i])));
    const many = chartOfShape(shape(['K', 'A', 'B', 'C'], ...Array.from({ length: 14 }, (_, i) => [`${2004 + i}`, 100, 200, 300])));
    if (few.kind === 'none' || many.kind === 'none') throw new Error('chartable');
    const a = shapeChartOptions('A', few);
    const b = shapeChartOptions('B', many);
    expect(a.type === 'column' && [a.dataLabels?.value, a.legend]).toEqual([true, false]);
    expect(b.type === 'column' && [b.dataLabels, b.legend]).toEqual([undefined, expect.objectContaining({ position: 'bottom' })]);
  });

  it('describes the chart in Norwegian for screen readers', () => {
    expect(describeChart('Søylediagram', 'Brukere', ['2016', '2017'], [{ name: 'Grong', values: [1200, null] }, { name: 'Snåsa', values: [950.5, 3] }]))
      .toBe('Søylediagram, Brukere. Grong: 2016 1\u00a0200, 2017 ingen verdi. Snåsa: 2016 950,5, 2017 3.');
  });
});
