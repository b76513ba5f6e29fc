import { artOfKonto } from '../calc/art';
import type { RegulationLine } from '../calc/regulation';
import type { Finding } from '../findings/finding';
import { SETTING_NAMES, type SettingKey } from '../read/read-settings';
import { OPPSETT_NAMES } from '../read/sheet-specs';
import type { CheckContext } from './check';

/** The Oppsett key that set each konto of the regulation lines. */
const KONTO_KEYS: readonly SettingKey[] = ['kontoAvsetning', 'kontoDisponering', 'kontoBrukAvFond', 'kontoDekning'];

export interface KostraViolation {
  readonly line: RegulationLine;
  readonly art: string;
  /** Which Oppsett key the fix belongs to: the funksjon, or the konto. */
  readonly fix: 'funksjon' | 'konto';
  readonly message: string;
  readonly hint: string;
}

/**
 * Runs one of SSB's KOSTRA controls over the proposed budget-regulation lines and places each
 * violation at the Oppsett cell that set the code, or names the default it came from.
 */
export function kostraFindings(
  context: CheckContext,
  report: (sheet: string, cell: string | undefined, message: string, hint: string) => Finding,
  violation: (line: RegulationLine, art: string) => Omit<KostraViolation, 'line' | 'art'> | undefined,
): readonly Finding[] {
  const { model, figures, book } = context;
  const seen = new Set<string>();
  return figures.regulering.flatMap((pair) => pair.lines).flatMap((line) => {
    const art = artOfKonto(line.konto, model.settings.artFraKonto);
    const v = art === undefined ? undefined : violation(line, art);
    const id = `${line.konto}/${line.funksjon}`;
    if (v === undefined || seen.has(id)) return [];
    seen.add(id);
    const key: SettingKey = v.fix === 'funksjon'
      ? 'funksjonDisponering'
      : KONTO_KEYS.find((k) => model.settings[k as 'kontoAvsetning'] === line.konto) ?? 'kontoAvsetning';
    const entry = book.settingsSheet?.entries.get(key);
    const name = SETTING_NAMES[key][0] ?? key;
    const origin = entry === undefined ? ` (standardverdien for «${name}», som ikke står på arket Oppsett)` : '';
    return [report(book.settingsSheet?.sheet.name ?? OPPSETT_NAMES[0] ?? 'Oppsett', entry?.valueAddress,
      `${v.message}${origin}.`, v.hint)];
  });
}
