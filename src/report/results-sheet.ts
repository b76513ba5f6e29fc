import { fundName } from '../core/model/model';
import type { Analysis } from '../core/pipeline';
import { formatPercent } from '../core/money/format-money';
import { roundToKroner, type Ore } from '../core/money/ore';

export type SheetCell = string | number;

const kr = (value: Ore): number => Number(roundToKroner(value));

/**
 * The rows of the add-in's own results sheet: the per-ansvar table and, under it, the
 * budget-regulation lines. Amounts are whole kroner as numbers; everything else is text.
 */
export function resultsSheetRows(analysis: Analysis): SheetCell[][] {
  const { figures: f, model } = analysis;
  const name = (konto: string) => fundName(model, konto);
  const rows: SheetCell[][] = [
    [`${model.settings.rapporttittel} – ${model.settings.selskap ?? ''}`],
    [],
    ['Ansvar', 'Navn', 'Regnskap', 'Regulert budsjett', 'Avvik kr', 'Avvik %'],
    ...f.ansvar.map((a) => [a.code, a.navn, kr(a.regnskap), kr(a.budsjett), kr(a.avvik), formatPercent(a.avvik, a.bruttoUtgiftsbudsjett)]),
    ['Sum', '', kr(f.total.regnskap), kr(f.total.budsjett), kr(f.total.avvik), formatPercent(f.total.avvik, f.total.bruttoUtgiftsbudsjett)],
    [],
    ['Årets resultat', f.resultatType, kr(f.resultat)],
    ['Vedtatte avsetninger', '', kr(f.vedtatteAvsetninger)],
    ['Udisponert', '', kr(f.udisponert)],
    [],
    ['Budsjettregulering'],
    ['Konto', 'Tekst', 'Ansvar', 'Funksjon', 'Beløp', 'Balansekonto'],
    ...f.regulering.flatMap((p) => p.lines.map((l) => [l.konto, l.kontoTekst, l.ansvar, l.funksjon, kr(l.belop), `${p.balansekonto} ${name(p.balansekonto)}`.trim()])),
  ];
  return rows;
}
