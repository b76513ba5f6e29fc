import type { FileChild } from 'docx';
import type { Figures } from '../../../core/calc/compute-figures';
import { roundToKroner, sumOre, type Ore } from '../../../core/money/ore';
import { kr } from '../../document-number-style';
import { chartBase, chartKroner, chartNotice, chartParagraph, PIE_LABEL_MIN_PERCENT, pieOptions } from './chart-style';

export const DRIFTSUTGIFTER_TITLE = 'Fordeling av driftsutgifter per ansvar';

export interface Share {
  readonly label: string;
  readonly value: Ore;
}

/** Each ansvar whose gross operating expenses are positive in whole kroner, in the order of sheet Ansvar. */
export function driftsutgifterShares(figures: Figures): Share[] {
  return figures.ansvar
    .filter((a) => roundToKroner(a.bruttoUtgifter) > 0n)
    .map((a) => ({ label: `${a.code} ${a.navn}`, value: a.bruttoUtgifter }));
}

/** {{diagram_driftsutgifter}}: a pie of each ansvar's share of gross operating expenses, with percentages. */
export function driftsutgifterChart(figures: Figures): FileChild[] {
  const shares = driftsutgifterShares(figures);
  if (shares.length === 0) return [chartNotice('Ingen ansvar har brutto driftsutgifter i regnskapet, så det er ikke noe fordelingsdiagram.')];
  const total = sumOre(shares.map((s) => s.value));
  const description = `Sektordiagram, ${DRIFTSUTGIFTER_TITLE}. Brutto driftsutgifter kr ${kr(total)}: `
    + `${shares.map((s) => `${s.label} kr ${kr(s.value)}`).join('; ')}.`;
  const small = shares.map((s) => s.value * 100n < total * BigInt(PIE_LABEL_MIN_PERCENT));
  return [chartParagraph(pieOptions(chartBase(DRIFTSUTGIFTER_TITLE, description),
    shares.map((s) => s.label), 'Brutto driftsutgifter', shares.map((s) => chartKroner(s.value)), small))];
}
