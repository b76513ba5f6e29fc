import type { Finding } from '../../core/findings/finding';
import { lookupPlaceholder, type PlaceholderSpec } from './catalog';
import { placeholdersIn, type TemplateParagraph } from './paragraph-texts';

export interface UsedPlaceholder {
  readonly key: string;
  readonly spec: PlaceholderSpec | undefined;
  readonly paragraph: TemplateParagraph;
}

export interface TemplateInspection {
  readonly used: readonly UsedPlaceholder[];
  readonly findings: readonly Finding[];
}

const quote = (text: string) => {
  const t = text.trim().replace(/\s+/g, ' ');
  return `«${t.length > 120 ? `${t.slice(0, 117)}…` : t}»`;
};

/**
 * Every placeholder of a template, and what is wrong with them: unknown names, a block that
 * shares its paragraph with other text, a block used twice, a row field outside a table.
 */
export function inspectTemplate(name: string, paragraphs: readonly TemplateParagraph[]): TemplateInspection {
  const finding = (code: string, message: string, hint: string): Finding =>
    ({ code, severity: 'error', location: { sheet: name }, message, hint });
  const used = paragraphs.flatMap((paragraph) =>
    placeholdersIn(paragraph.text).map((key) => ({ key, spec: lookupPlaceholder(key), paragraph })));
  const findings: Finding[] = [];
  const blocksSeen = new Set<string>();
  for (const u of used) {
    const tag = `{{${u.key}}}`;
    if (u.spec === undefined) {
      findings.push(finding('unknown-placeholder', `Malen bruker plassholderen ${tag}, som arsmelding ikke kjenner.`,
        'Rett skrivemåten, eller slett den. «arsmelding fields <mal.docx>» viser hvilke plassholdere malen bruker, og docs/placeholders.md alle som finnes.'));
    } else if (u.spec.kind === 'block') {
      if (u.paragraph.text.trim() !== tag && placeholdersIn(u.paragraph.text).length > 0) {
        findings.push(finding('block-not-alone', `Plassholderen ${tag} blir en tabell eller liste og må stå alene i avsnittet, men avsnittet er ${quote(u.paragraph.text)}.`,
          `Flytt ${tag} til et eget avsnitt (trykk Enter før og etter den).`));
      }
      if (blocksSeen.has(u.key)) {
        findings.push(finding('block-twice', `Plassholderen ${tag} står flere ganger i malen.`,
          `En tabell eller liste kan bare settes inn ett sted. Slett de andre forekomstene av ${tag}.`));
      }
      blocksSeen.add(u.key);
    } else if (u.spec.kind === 'rows' && !u.paragraph.inTable) {
      findings.push(finding('row-field-outside-table', `Plassholderen ${tag} står utenfor en tabell.`,
        `Felter som ${tag} fyller en tabellrad som gjentas; sett dem i cellene til en rad i en tabell.`));
    }
  }
  return { used, findings };
}
