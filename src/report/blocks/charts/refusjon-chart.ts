import type { FileChild } from 'docx';
import type { Model } from '../../../core/model/model';
import { normalizeName, REFUSJON } from '../../../core/read/sheet-specs';
import type { RawWorkbook } from '../../../core/workbook/raw-workbook';
import type { Ore } from '../../../core/money/ore';
import { kr } from '../../document-number-style';
import { chartBase, chartKroner, chartNotice, chartParagraph, font, labelsFit, PALETTE, valueAxis, valueLabels, WHOLE_FORMAT } from './chart-style';

export const REFUSJON_TITLE = 'Refusjon per kommune';

export interface KommuneRefusjon {
  readonly kommune: string;
  readonly belop: Ore;
}

/** Whether the workbook has a Refusjon sheet (by any of its names). */
export function hasRefusjonSheet(raw: RawWorkbook): boolean {
  const names = new Set(REFUSJON.names.map(normalizeName));
  return raw.sheets.some((s) => names.has(normalizeName(s.name)));
}

/** Refunds per municipality, in the order of the sheet; a municipality on several rows is summed. */
export function refusjonPerKommune(model: Model): KommuneRefusjon[] {
  const sums = new Map<string, Ore>();
  for (const r of model.refusjon) sums.set(r.kommune, (sums.get(r.kommune) ?? 0n) + r.belop);
  return [...sums].map(([kommune, belop]) => ({ kommune, belop }));
}

/** Why there is no refund to draw, or undefined when there is. */
export function missingRefusjon(raw: RawWorkbook, model: Model, chart: string): string | undefined {
  if (!hasRefusjonSheet(raw)) return `Arbeidsboken har ikke arket Refusjon, så diagrammet ${chart} er utelatt.`;
  if (model.refusjon.length === 0) return `Arket Refusjon har ingen rader med refusjon, så diagrammet ${chart} er utelatt.`;
  return undefined;
}

/** {{diagram_refusjon}}: a column per municipality with its refund in whole kroner. */
export function refusjonChart(raw: RawWorkbook, model: Model): FileChild[] {
  const missing = missingRefusjon(raw, model, 'over refusjon per kommune');
  if (missing !== undefined) return [chartNotice(missing)];
  const rows = refusjonPerKommune(model);
  const labels = rows.map((r) => kr(r.belop));
  const description = `Søylediagram, ${REFUSJON_TITLE}. ${rows.map((r, i) => `${r.kommune}: kr ${labels[i] ?? ''}`).join('; ')}.`;
  const fit = labelsFit(rows.length, 1, Math.max(...labels.map((l) => l.length)));
  return [chartParagraph({
    ...chartBase(REFUSJON_TITLE, description),
    type: 'column',
    categories: rows.map((r) => r.kommune),
    series: [{ name: 'Refusjon (kr)', values: rows.map((r) => chartKroner(r.belop)), color: PALETTE[0] }],
    gapWidth: 80,
    ...(fit ? { dataLabels: { ...valueLabels(WHOLE_FORMAT), position: 'outsideEnd' as const } } : {}),
    valueAxis: valueAxis(WHOLE_FORMAT, rows.map((r) => chartKroner(r.belop))),
    categoryAxis: { font: font(9) },
    legend: false,
  })];
}
