import type { Figures } from '../core/calc/compute-figures';
import { fundName, type Model } from '../core/model/model';
import { kr, krAbs, pct } from './document-number-style';

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

const word = (value: bigint) => (value > 0n ? 'mindreforbruk' : value < 0n ? 'merforbruk' : 'balanse');

/** One sentence that proposes what to do with the undisposed result. */
export function dispositionSentence(f: Figures, fundName: (konto: string) => string): string {
  const fund = (konto: string) => `${konto}${fundName(konto) === '' ? '' : ` ${fundName(konto)}`}`;
  if (f.udisponert === 0n) return 'Det er ikke noe udisponert resultat å disponere.';
  if (f.udisponert > 0n) {
    const parts = f.disposisjoner.map((d) => `kr ${krAbs(d.belop)} til ${fund(d.fond)}`);
    return `Styret foreslår at udisponert mindreforbruk på kr ${krAbs(f.udisponert)} avsettes slik: ${list(parts)}.`;
  }
  const cover = f.disposisjoner.map((d) => `kr ${krAbs(d.belop)} ved bruk av ${fund(d.fond)}`);
  const rest = f.udekketMerforbruk > 0n
    ? ` Resten, kr ${krAbs(f.udekketMerforbruk)}, føres videre og må dekkes inn innen to år.`
    : '';
  return cover.length === 0
    ? `Udisponert merforbruk på kr ${krAbs(f.udisponert)} kan ikke dekkes av fond; det føres videre og må dekkes inn innen to år.`
    : `Styret foreslår at udisponert merforbruk på kr ${krAbs(f.udisponert)} dekkes med ${list(cover)}.${rest}`;
}

/** The text placeholders and their values (whole kroner, Norwegian grouping). */
export function textValues(model: Model, f: Figures): Readonly<Record<string, string>> {
  const name = (konto: string) => fundName(model, konto);
  const s = model.settings;
  return {
    selskap: s.selskap ?? '',
    aar: s.aar === undefined ? '' : String(s.aar),
    rapporttittel: s.rapporttittel,
    resultat: krAbs(f.resultat),
    resultat_tekst: word(f.resultat),
    vedtatte_avsetninger: kr(f.vedtatteAvsetninger),
    udisponert: krAbs(f.udisponert),
    udisponert_tekst: word(f.udisponert),
    disponering_tekst: dispositionSentence(f, name),
    udekket_merforbruk: kr(f.udekketMerforbruk),
    fond_ib: kr(f.fondTotal.ib),
    fond_ub: kr(f.fondTotal.ub),
    fond_endring: kr(f.fondTotal.endring),
    fond_ub_etter_disponering: kr(f.fondTotal.ubEtterDisponering),
    antall_ansvar: String(f.ansvar.length),
  };
}

/** The fields of the template-designed table rows ({{ansvar_rad.navn}} …). */
export function rowValues(model: Model, f: Figures): Readonly<Record<string, readonly Readonly<Record<string, string>>[]>> {
  const name = (konto: string) => fundName(model, konto);
  return {
    ansvar_rad: f.ansvar.map((a) => ({
      ansvar: a.code, navn: a.navn, regnskap: kr(a.regnskap), budsjett: kr(a.budsjett), avvik: kr(a.avvik),
      avvik_prosent: pct(a.avvik, a.bruttoUtgiftsbudsjett), resultat_tekst: word(a.avvik), forklaring: a.forklaring ?? '',
    })),
    fond_rad: f.fond.map((r) => ({
      fond: r.konto, navn: r.navn, ib: kr(r.ib), avsetning: kr(r.avsetning), bruk: kr(r.bruk), ub: kr(r.ub),
      vedtatt: kr(r.vedtatt), disponering: kr(r.disponering), ub_etter_disponering: kr(r.ubEtterDisponering),
    })),
    regulering_rad: f.regulering.flatMap((p) => p.lines.map((l) => ({
      konto: l.konto, tekst: l.kontoTekst, ansvar: l.ansvar, ansvar_tekst: l.ansvarTekst, funksjon: l.funksjon,
      belop: kr(l.belop), balansekonto: p.balansekonto, balansekonto_navn: name(p.balansekonto),
    }))),
  };
}
