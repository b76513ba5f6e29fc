import { Paragraph, type FileChild } from 'docx';
import { ChartRun, type ChartBaseOptions, type ChartDataLabels, type ChartFont, type ChartRunOptions, type ChartValueAxis } from 'docx/charts';
import { roundToKroner, type Ore } from '../../../core/money/ore';
import { textParagraph } from '../word-table';

/**
 * How every chart of the report looks. Colours are explicit (a template saved by LibreOffice
 * has no theme, and a chart left to the theme is drawn black there): blues, greens and greys,
 * dark and light in turn, so neighbouring bars and slices differ also on a greyscale print.
 */
export const PALETTE: readonly string[] = [
  '1F4E79', 'A9D18E', '7F7F7F', '9DC3E6', '385723', 'BFBFBF', '2E75B6',
  'C5E0B4', '404040', '70AD47', '5B9BD5', 'A6A6A6', '548235', '203864',
];

/** Text of titles, axes, labels and legends: dark grey, never the theme's. */
export const TEXT_COLOR = '404040';

/** 16 × 8 cm at 96 px per inch: the width of an A4 page with 2,5 cm margins. */
export const CHART_SIZE = { width: 600, height: 302 } as const;
/** 16 × 10 cm: a pie with more than 8 slices needs the height for its legend beside it. */
export const PIE_SIZE = { width: 600, height: 378 } as const;

/** Slices under this share (2 %) get no label: their labels would overlap their neighbours'. */
export const PIE_LABEL_MIN_PERCENT = 2;

/**
 * Number formats. A chart's format code is written in Excel's invariant syntax (`,` groups,
 * `.` is the decimal point); `[$-414]` marks it as Norwegian bokmål, so LibreOffice writes
 * `1 234 567` and `12,5 %` (checked by rendering). Word draws charts with the reader's own
 * regional settings, which in Norway give the same.
 */
export const WHOLE_FORMAT = '[$-414]#,##0';
export const PERCENT_FORMAT = '[$-414]0.0\\ %';

/** Grouped digits with 0–2 decimals, for key figures that are not whole numbers. */
export function numberFormat(decimals: number): string {
  const d = Math.max(0, Math.min(2, decimals));
  return d === 0 ? WHOLE_FORMAT : `${WHOLE_FORMAT}.${'0'.repeat(d)}`;
}

/** n colours from the palette; a pie's last slice never takes the colour of the first beside it. */
export function paletteColors(n: number): string[] {
  const colors = Array.from({ length: n }, (_, i) => PALETTE[i % PALETTE.length] ?? TEXT_COLOR);
  if (n > 2 && colors[n - 1] === colors[0]) colors[n - 1] = PALETTE[(n + 1) % PALETTE.length] ?? TEXT_COLOR;
  return colors;
}

export const font = (size: number, bold = false): ChartFont => ({ size, bold, color: TEXT_COLOR });

/** Whole kroner for a chart's data: rounded once, from exact øre. */
export const chartKroner = (value: Ore): number => Number(roundToKroner(value));

const numberText = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2 });
/** A number as a reader reads it in the alt text: `1 234 567`, `12,5`. */
export const formatNumber = (value: number): string => numberText.format(value);

/** What every chart has: a title, dark grey text, a white area without border, A4 width, alt text. */
export function chartBase(title: string, description: string, size: { readonly width: number; readonly height: number } = CHART_SIZE): ChartBaseOptions {
  return {
    title: { text: title, font: font(12, true) },
    font: { color: TEXT_COLOR },
    chartArea: { fill: 'FFFFFF', border: 'none' },
    transformation: size,
    altText: { name: title.split('\n')[0] ?? title, title: title.split('\n')[0] ?? title, description },
  };
}

/** The value axis: grouped numbers, gridlines, and from 0 when nothing is negative (a cut axis misleads). */
export const valueAxis = (format: string, values: readonly (number | null)[] = []): ChartValueAxis => ({
  numberFormat: format, font: font(9), gridlines: true,
  ...(values.every((v) => v === null || v >= 0) ? { minimum: 0 } : {}),
});

export const valueLabels = (format: string): ChartDataLabels => ({ value: true, numberFormat: format, font: font(9) });

/**
 * Whether value labels fit above their bars without overlapping: a 9 pt label needs about 6 px
 * a character; the plot (about 520 px of the 600) gives each category its bars and a gap of
 * about one bar. A single series' label may spread over part of the gap; several series'
 * labels only over their own bar.
 */
export function labelsFit(categories: number, series: number, longestLabel: number): boolean {
  const slot = 520 / Math.max(1, categories * (series + 1));
  return longestLabel * 6 + 4 <= slot * (series === 1 ? 1.6 : 1);
}

/**
 * A pie: one slice per category in the palette's colours, its percentage outside the slice
 * (dark text on white, never on a dark slice), none on a slice under 2 % (`small`: those labels
 * would overlap), and the categories in a legend at the right; 10 cm high for more than 8.
 */
export function pieOptions(base: ChartBaseOptions, categories: readonly string[], name: string, values: readonly (number | null)[], small: readonly boolean[]): ChartRunOptions {
  return {
    ...base,
    ...(categories.length > 8 ? { transformation: PIE_SIZE } : {}),
    type: 'pie',
    categories: [...categories],
    series: [{
      name, values: [...values], colors: paletteColors(categories.length),
      pointLabels: small.map((s) => (s ? false : undefined)),
    }],
    dataLabels: { percentage: true, numberFormat: PERCENT_FORMAT, position: 'outsideEnd', font: font(8) },
    // LibreOffice keeps a legend at the right in one column, beside a pie of useful size, only
    // when its text is small enough: 7 pt for more than 8 entries (checked by rendering).
    legend: { position: 'right', font: font(categories.length > 8 ? 7 : 9) },
  };
}

/** A chart in a paragraph of its own. */
export function chartParagraph(options: ChartRunOptions): FileChild {
  return new Paragraph({ children: [new ChartRun(options)] });
}

/** Said in place of a chart that has nothing to show, so the report never holds an empty chart. */
export function chartNotice(text: string): FileChild {
  return textParagraph(text, { italic: true });
}
