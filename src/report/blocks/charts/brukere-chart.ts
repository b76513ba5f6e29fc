import type { FileChild } from 'docx';
import { findTableShape } from '../../../core/read/table-shape';
import { normalizeName } from '../../../core/read/sheet-specs';
import type { RawWorkbook } from '../../../core/workbook/raw-workbook';
import { chartNotice, chartParagraph } from './chart-style';
import { chartOfShape, shapeChartOptions } from './table-chart';

export const BRUKERE_TITLE = 'Brukere per kommune per år';

/**
 * {{diagram_brukere}}: sheet Brukere, a column År and one column per municipality, as columns
 * by year, one series per municipality. Without an År column the first column is the year.
 */
export function brukereChart(raw: RawWorkbook): FileChild[] {
  const shape = findTableShape(raw, 'Brukere');
  if (shape === undefined) return [chartNotice('Arbeidsboken har ikke arket Brukere, så diagrammet over brukere per kommune er utelatt.')];
  const year = shape.header.findIndex((h) => normalizeName(h) === 'år');
  const chart = chartOfShape(shape, Math.max(0, year));
  if (chart.kind === 'none') return [chartNotice(chart.reason)];
  return [chartParagraph(shapeChartOptions(BRUKERE_TITLE, { ...chart, kind: 'column' }))];
}
