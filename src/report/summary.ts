import { fundName } from '../core/model/model';
import type { Analysis } from '../core/pipeline';
import { formatPercent } from '../core/money/format-money';
import { roundToKroner, type Ore } from '../core/money/ore';
import { formatLocation } from '../core/findings/finding';

/** Whole kroner as a JSON number (rounded once, here, when presenting). */
function kr(value: Ore): number {
  const whole = roundToKroner(value);
  const n = Number(whole);
  if (!Number.isSafeInteger(n)) throw new RangeError(`amount ${whole} is beyond what JSON numbers hold exactly`);
  return n;
}

/** The figures for presentation: whole kroner, names resolved, Norwegian words. */
export function summarize(analysis: Analysis) {
  const { figures: f, model } = analysis;
  const errors = analysis.findings.filter((x) => x.severity === 'error').length;
  const counts = { feil: errors, advarsler: analysis.findings.length - errors };
  if (!analysis.ok) {
    return { ...counts, komplett: false as const, merknad: 'Tallene er ikke beregnet fordi arbeidsboken har feil.' };
  }
  const fondNavn = (konto: string) => fundName(model, konto);
  return {
    ...counts,
    komplett: true as const,
    selskap: model.settings.selskap ?? '',
    aar: model.settings.aar ?? 0,
    rapporttittel: model.settings.rapporttittel,
    antallAnsvar: f.ansvar.length,
    ansvar: f.ansvar.map((a) => ({
      ansvar: a.code, navn: a.navn, regnskap: kr(a.regnskap), regulertBudsjett: kr(a.budsjett), avvik: kr(a.avvik),
      avvikProsent: formatPercent(a.avvik, a.bruttoUtgiftsbudsjett), vesentlig: a.material,
    })),
    sum: { regnskap: kr(f.total.regnskap), regulertBudsjett: kr(f.total.budsjett), avvik: kr(f.total.avvik) },
    resultat: kr(f.resultat),
    resultatTekst: f.resultatType,
    vedtatteAvsetninger: kr(f.vedtatteAvsetninger),
    udisponert: kr(f.udisponert),
    disponering: f.disposisjoner.map((d) => ({ fond: d.fond, navn: fondNavn(d.fond), belop: kr(d.belop), grunnlag: d.grunnlag })),
    udekketMerforbruk: kr(f.udekketMerforbruk),
    fond: {
      ib: kr(f.fondTotal.ib), ub: kr(f.fondTotal.ub), endring: kr(f.fondTotal.endring),
      ubEtterDisponering: kr(f.fondTotal.ubEtterDisponering),
      konti: f.fond.map((r) => ({ fond: r.konto, navn: r.navn, ib: kr(r.ib), avsetning: kr(r.avsetning), bruk: kr(r.bruk),
        ub: kr(r.ub), vedtatt: kr(r.vedtatt), disponering: kr(r.disponering), ubEtterDisponering: kr(r.ubEtterDisponering) })),
    },
    regulering: f.regulering.map((p) => ({
      balansekonto: p.balansekonto, balansekontoNavn: fondNavn(p.balansekonto),
      linjer: p.lines.map((l) => ({ konto: l.konto, tekst: l.kontoTekst, ansvar: l.ansvar, ansvarTekst: l.ansvarTekst, funksjon: l.funksjon, belop: kr(l.belop) })),
    })),
  };
}

export type Summary = ReturnType<typeof summarize>;

/** The JSON document of `check --json`. */
export function checkJson(analysis: Analysis) {
  return {
    findings: analysis.findings.map((x) => ({
      severity: x.severity, code: x.code, location: formatLocation(x.location), message: x.message, hint: x.hint,
    })),
    summary: summarize(analysis),
  };
}
