import type { Ore } from '../money/ore';
import type { Settings } from '../model/settings';
import type { Disposition } from './disposition';

export interface RegulationLine {
  readonly konto: string;
  readonly kontoTekst: string;
  readonly ansvar: string;
  readonly ansvarTekst: string;
  readonly funksjon: string;
  /** Expenses positive, revenues negative; the two lines of a pair sum to zero. */
  readonly belop: Ore;
}

export interface RegulationPair {
  /** 'avsetning': the amount goes to the fund; 'bruk': it is taken from the fund to cover a merforbruk. */
  readonly kind: 'avsetning' | 'bruk';
  readonly lines: readonly [RegulationLine, RegulationLine];
  /** The balance account the amount is booked to or taken from. */
  readonly balansekonto: string;
}

export const REGULATION_TEXT = {
  avsetning: 'Avsetning ubundet fond',
  disponering: 'Disponering mindreforbruk',
  brukAvFond: 'Bruk av disposisjonsfond',
  dekning: 'Dekning av merforbruk',
  ansvar: 'Årets overskudd/underskudd',
} as const;

/** The budget regulation the board adopts: two lines per disposition, balancing to zero. */
export function regulationLines(disposisjoner: readonly Disposition[], settings: Settings): readonly RegulationPair[] {
  const line = (konto: string, kontoTekst: string, belop: Ore): RegulationLine => ({
    konto, kontoTekst, belop,
    ansvar: settings.ansvarDisponering, ansvarTekst: REGULATION_TEXT.ansvar, funksjon: settings.funksjonDisponering,
  });
  return disposisjoner.map((d) => {
    const amount = d.belop < 0n ? -d.belop : d.belop;
    const lines: readonly [RegulationLine, RegulationLine] = d.belop > 0n
      ? [line(settings.kontoAvsetning, REGULATION_TEXT.avsetning, amount), line(settings.kontoDisponering, REGULATION_TEXT.disponering, -amount)]
      : [line(settings.kontoDekning, REGULATION_TEXT.dekning, amount), line(settings.kontoBrukAvFond, REGULATION_TEXT.brukAvFond, -amount)];
    return { kind: d.belop > 0n ? 'avsetning' as const : 'bruk' as const, lines, balansekonto: d.fond };
  });
}
