import type { ArtPosition } from '../model/settings';

/**
 * The KOSTRA art (three digits) inside a konto, as the workbook contract says: a 3-digit code
 * is the art; a 4-digit code is art + sub-digit; a 5- or 6-digit code is a class digit
 * (1 drift, 0 investering) + art + sub-digits (15400 → 540). Oppsett "Art fra konto" overrides.
 */
export function artOfKonto(konto: string, position?: ArtPosition): string | undefined {
  if (position !== undefined) {
    const art = konto.slice(position.start - 1, position.start - 1 + position.length);
    return art.length === position.length ? art : undefined;
  }
  if (konto.length === 3) return konto;
  if (konto.length === 4) return konto.slice(0, 3);
  if (konto.length === 5 || konto.length === 6) return konto.slice(1, 4);
  return undefined;
}

/** Arts 010–599 are expenses; 600–999 revenues. */
export function isExpenseArt(art: string | undefined): boolean {
  if (art === undefined) return false;
  const n = Number(art);
  return n >= 10 && n <= 599;
}
