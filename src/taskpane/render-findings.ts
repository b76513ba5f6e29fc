import type { Finding } from '../core/findings/finding';
import { formatLocation } from '../core/findings/finding';
import { el } from './dom';
import type { Strings } from './i18n';

/** Findings grouped by severity, with counts; each one a button that goes to its cell. */
export function renderFindings(findings: readonly Finding[], strings: Strings, go: (f: Finding) => void): HTMLElement {
  if (findings.length === 0) return el('p', { className: 'ok', text: strings.noFindings });
  const group = (severity: Finding['severity'], title: string) => {
    const items = findings.filter((f) => f.severity === severity);
    if (items.length === 0) return [];
    return [el('section', { className: `group ${severity}` },
      el('h2', { text: title }),
      el('ul', {}, ...items.map((f) => {
        const button = el('button', { className: 'finding', attrs: { type: 'button', 'data-location': formatLocation(f.location) } },
          el('span', { className: 'where', text: formatLocation(f.location) }),
          el('span', { className: 'message', text: f.message }),
          el('span', { className: 'hint', text: f.hint }));
        button.addEventListener('click', () => go(f));
        return el('li', {}, button);
      })))];
  };
  const errors = findings.filter((f) => f.severity === 'error').length;
  return el('div', {},
    el('p', { className: 'counts', text: `${strings.errors(errors)}, ${strings.warnings(findings.length - errors)}. ${strings.clickToGo}` }),
    ...group('error', strings.errors(errors)),
    ...group('warning', strings.warnings(findings.length - errors)));
}
