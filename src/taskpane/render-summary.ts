import { formatWholeKroner } from '../core/money/format-money';
import { DOCUMENT_STYLE } from '../report/document-number-style';
import type { Summary } from '../report/summary';
import { el } from './dom';
import type { Strings } from './i18n';

const kr = (n: number) => `${formatWholeKroner(n, DOCUMENT_STYLE)} kr`;

/** The year's figures: result, decided allocations, udisponert, and the dispositions per fund. */
export function renderSummary(summary: Summary, strings: Strings): HTMLElement {
  if (!summary.komplett) return el('p', { className: 'muted', text: strings.notComputed });
  const row = (label: string, value: string) => el('tr', {}, el('th', { text: label }), el('td', { text: value }));
  return el('section', { className: 'summary' },
    el('h2', { text: strings.summary }),
    el('table', {}, el('tbody', {},
      row(strings.result, `${kr(Math.abs(summary.resultat))} ${summary.resultatTekst}`),
      row(strings.vedtatte, kr(summary.vedtatteAvsetninger)),
      row(strings.udisponert, kr(summary.udisponert)),
      ...summary.disponering.map((d) => row(`${strings.dispositions} ${d.fond} ${d.navn}`, kr(d.belop))),
      ...(summary.udekketMerforbruk > 0 ? [row(strings.uncovered, kr(summary.udekketMerforbruk))] : []))));
}
