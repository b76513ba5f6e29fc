import type { FileChild } from 'docx';
import type { Figures } from '../../../core/calc/compute-figures';
import type { Model } from '../../../core/model/model';
import { sumOre } from '../../../core/money/ore';
import type { RawWorkbook } from '../../../core/workbook/raw-workbook';
import { kr, pct } from '../../document-number-style';
import { chartBase, chartKroner, chartNotice, chartParagraph, font, PALETTE, valueAxis, valueLabels, WHOLE_FORMAT } from './chart-style';
import { missingRefusjon } from './refusjon-chart';

export const REFUSJON_ANDEL_TITLE = 'Kommunal refusjon i forhold til brutto driftsutgifter';

/**
 * {{diagram_refusjon_andel}}: two columns, Σ brutto driftsutgifter and Σ kommunal refusjon, in
 * whole kroner, and the refunds' share of the expenses in the title.
 */
export function refusjonAndelChart(raw: RawWorkbook, model: Model, figures: Figures): FileChild[] {
  const missing = missingRefusjon(raw, model, 'over refusjon i forhold til driftsutgifter');
  if (missing !== undefined) return [chartNotice(missing)];
  const refusjon = sumOre(model.refusjon.map((r) => r.belop));
  const brutto = figures.total.bruttoUtgifter;
  const share = `Refusjonen utgjør ${pct(refusjon, brutto)} av brutto driftsutgifter`;
  const title = `${REFUSJON_ANDEL_TITLE}\n${share}`;
  const description = `Søylediagram, ${REFUSJON_ANDEL_TITLE}. Brutto driftsutgifter: kr ${kr(brutto)}; `
    + `kommunal refusjon: kr ${kr(refusjon)}. ${share}.`;
  return [chartParagraph({
    ...chartBase(title, description),
    type: 'column',
    categories: ['Brutto driftsutgifter', 'Kommunal refusjon'],
    series: [{ name: 'Kroner', values: [chartKroner(brutto), chartKroner(refusjon)], color: PALETTE[2], colors: [PALETTE[2], PALETTE[0]] }],
    gapWidth: 150,
    dataLabels: { ...valueLabels(WHOLE_FORMAT), position: 'outsideEnd' },
    valueAxis: valueAxis(WHOLE_FORMAT, [chartKroner(brutto), chartKroner(refusjon)]),
    categoryAxis: { font: font(9) },
    legend: false,
  })];
}
