import { artOfKonto } from '../calc/art';
import type { RegulationLine } from '../calc/regulation';
import type { Finding } from '../findings/finding';
import { SETTING_NAMES } from '../read/read-settings';
import { OPPSETT_NAMES } from '../read/sheet-specs';
import type { CheckContext } from './check';

export interface KostraViolation {
  readonly message: string;
  readonly hint: string;
}

/**
 * Runs one of SSB's KOSTRA controls over the proposed budget-regulation lines. Every violation
 * is mended by the funksjon of the regulation lines, so it is placed at the Oppsett cell that
 * set «Funksjon disponering», or names the default it came from.
 */
export function kostraFindings(
  context: CheckContext,
  report: (sheet: string, cell: string | undefined, message: string, hint: string) => Finding,
  violation: (line: RegulationLine, art: string) => KostraViolation | undefined,
): readonly Finding[] {
  const { model, figures, book } = context;
  const entry = book.settingsSheet?.entries.get('funksjonDisponering');
  const name = SETTING_NAMES.funksjonDisponering[0] ?? 'Funksjon disponering';
  const origin = entry === undefined ? ` (standardverdien for «${name}», som ikke står på arket Oppsett)` : '';
  const seen = new Set<string>();
  return figures.regulering.flatMap((pair) => pair.lines).flatMap((line) => {
    const art = artOfKonto(line.konto, model.settings.artFraKonto);
    const v = art === undefined ? undefined : violation(line, art);
    const id = `${line.konto}/${line.funksjon}`;
    if (v === undefined || seen.has(id)) return [];
    seen.add(id);
    return [report(book.settingsSheet?.sheet.name ?? OPPSETT_NAMES[0] ?? 'Oppsett', entry?.valueAddress, `${v.message}${origin}.`, v.hint)];
  });
}
