import { formatWholeKroner as kroner } from '../core/money/format-money';
import type { Summary } from './summary';

/** The figures of a checked workbook as a few lines of plain text. */
export function summaryText(s: Summary): string {
  if (!s.komplett) return s.merknad;
  const lines = [
    `${s.selskap} – ${s.rapporttittel}`,
    `${s.antallAnsvar} ansvar`,
    `Årets resultat: ${kroner(Math.abs(s.resultat))} kr ${s.resultatTekst}`,
    `Vedtatte avsetninger: ${kroner(s.vedtatteAvsetninger)} kr`,
    `Udisponert: ${kroner(s.udisponert)} kr`,
  ];
  if (s.disponering.length > 0) {
    lines.push('Disponering:');
    for (const d of s.disponering) {
      const verb = d.belop >= 0 ? '→' : '←';
      lines.push(`  ${kroner(Math.abs(d.belop))} kr ${verb} ${d.fond} ${d.navn}${d.belop < 0 ? ' (bruk av fond)' : ''}`);
    }
  }
  if (s.udekketMerforbruk > 0) {
    lines.push(`Udekket merforbruk: ${kroner(s.udekketMerforbruk)} kr føres videre og må dekkes inn innen to år`);
  }
  lines.push(`Disposisjonsfond: ${kroner(s.fond.ib)} → ${kroner(s.fond.ub)} kr (endring ${kroner(s.fond.endring)})`);
  return lines.join('\n');
}
