import type { FileChild } from 'docx';
import type { ChartRunOptions } from 'docx/charts';
import { findTableShape, type ShapeCell, type TableShape } from '../../../core/read/table-shape';
import type { ArgumentBlock } from '../block-types';
import {
  chartBase, chartNotice, chartParagraph, font, formatNumber, labelsFit, numberFormat, paletteColors, PIE_LABEL_MIN_PERCENT, pieOptions,
  valueAxis, valueLabels,
} from './chart-style';

export interface ChartSeriesData {
  readonly name: string;
  readonly values: readonly (number | null)[];
}

/** What a table can be drawn as, or why it cannot. */
export type ShapeChart =
  | {
    readonly kind: 'pie' | 'column';
    readonly categories: readonly string[];
    readonly series: readonly ChartSeriesData[];
    /** The most decimals any value has (at most 2), for the number format. */
    readonly decimals: number;
  }
  | { readonly kind: 'none'; readonly reason: string };

export const PIE_MAX_CATEGORIES = 8;

const categoryText = (cell: ShapeCell | undefined): string =>
  cell?.kind === 'text' ? cell.text : cell?.kind === 'number' ? String(cell.value).replace('.', ',') : '';

const decimalsOf = (value: number): number => {
  const text = value.toPrecision(15).replace(/0+$/, '');
  const point = text.indexOf('.');
  return point < 0 || /e/i.test(text) ? 0 : Math.min(2, text.length - point - 1);
};

/**
 * The chart rule of {{diagram:NAME}} (and {{diagram_brukere}}):
 * - the first column (or `categoryColumn`) holds the categories; a row with an empty category
 *   cell is left out;
 * - every other column whose cells are all numbers or empty, with at least one number, is a
 *   series, named by its header; other columns (text) are left out;
 * - one series, at most 8 categories and no negative value → a pie; otherwise clustered columns;
 * - no such column, or no rows → not chartable, with the reason in Norwegian.
 */
export function chartOfShape(shape: TableShape, categoryColumn = 0): ShapeChart {
  const rows = shape.rows.filter((r) => categoryText(r[categoryColumn]) !== '');
  const subject = `Tabellen «${shape.name}»`;
  if (rows.length === 0) return { kind: 'none', reason: `${subject} kan ikke vises som diagram: den har ingen rader med navn i første kolonne.` };
  const width = Math.max(shape.header.length, ...rows.map((r) => r.length));
  const series: ChartSeriesData[] = [];
  for (let c = 0; c < width; c++) {
    if (c === categoryColumn) continue;
    const cells = rows.map((r) => r[c]);
    const numeric = cells.every((cell) => cell === undefined || cell.kind !== 'text') && cells.some((cell) => cell?.kind === 'number');
    if (!numeric) continue;
    const header = shape.header[c]?.trim();
    series.push({
      name: header === undefined || header === '' ? `Kolonne ${c + 1}` : header,
      values: cells.map((cell) => (cell?.kind === 'number' ? cell.value : null)),
    });
  }
  if (series.length === 0) {
    return { kind: 'none', reason: `${subject} kan ikke vises som diagram: ingen kolonne etter den første har bare tall.` };
  }
  const values = series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const pie = series.length === 1 && rows.length <= PIE_MAX_CATEGORIES && values.every((v) => v >= 0) && values.some((v) => v > 0);
  return {
    kind: pie ? 'pie' : 'column',
    categories: rows.map((r) => categoryText(r[categoryColumn])),
    series,
    decimals: Math.max(0, ...values.map(decimalsOf)),
  };
}

/** The alt text: the chart read aloud, category by category. */
export function describeChart(kind: string, title: string, categories: readonly string[], series: readonly ChartSeriesData[]): string {
  const valueText = (v: number | null | undefined) => (v === null || v === undefined ? 'ingen verdi' : formatNumber(v));
  const body = series.length === 1
    ? categories.map((c, i) => `${c}: ${valueText(series[0]?.values[i])}`).join('; ')
    : series.map((s) => `${s.name}: ${categories.map((c, i) => `${c} ${valueText(s.values[i])}`).join(', ')}`).join('. ');
  return `${kind}, ${title}. ${body}.`;
}

/**
 * Options of a chart of a table: a pie with percentages, or clustered columns with their
 * values above them when the labels fit (else the gridlines give the scale), and a legend
 * only for several series.
 */
export function shapeChartOptions(title: string, chart: Exclude<ShapeChart, { kind: 'none' }>): ChartRunOptions {
  const { categories, series } = chart;
  const format = numberFormat(chart.decimals);
  if (chart.kind === 'pie') {
    const only = series[0] ?? { name: title, values: [] };
    const total = only.values.reduce<number>((t, v) => t + (v ?? 0), 0);
    const small = only.values.map((v) => (v ?? 0) * 100 < total * PIE_LABEL_MIN_PERCENT);
    return pieOptions(chartBase(title, describeChart('Sektordiagram', title, categories, series)), categories, only.name, only.values, small);
  }
  const colors = paletteColors(series.length);
  const longest = Math.max(...series.flatMap((s) => s.values.map((v) => (v === null ? 0 : formatNumber(v).length))));
  const labels = labelsFit(categories.length, series.length, longest);
  return {
    ...chartBase(title, describeChart('Søylediagram', title, categories, series)),
    type: 'column',
    categories: [...categories],
    series: series.map((s, i) => ({ name: s.name, values: [...s.values], color: colors[i] })),
    gapWidth: 80,
    ...(labels ? { dataLabels: { ...valueLabels(format), position: 'outsideEnd' as const } } : {}),
    valueAxis: valueAxis(format, series.flatMap((s) => s.values)),
    categoryAxis: { font: font(9) },
    legend: series.length > 1 ? { position: 'bottom', font: font(9) } : false,
  };
}

/** {{diagram:NAME}}: any table-shaped part of the workbook as a chart, by the rule of chartOfShape. */
export const tableChartBlock: ArgumentBlock = {
  exists: ({ analysis }, name) => findTableShape(analysis.raw, name) !== undefined,
  build: ({ analysis }, name): FileChild[] => {
    const shape = findTableShape(analysis.raw, name);
    if (shape === undefined) return [chartNotice(`Arbeidsboken har ikke noe ark eller område som heter «${name}».`)];
    const chart = chartOfShape(shape);
    return chart.kind === 'none' ? [chartNotice(chart.reason)] : [chartParagraph(shapeChartOptions(shape.name, chart))];
  },
};
