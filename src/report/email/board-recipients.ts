import type { Finding } from '../../core/findings/finding';
import type { Analysis } from '../../core/pipeline';
import { findTable } from '../../core/read/read-table';
import { STYRE } from '../../core/read/sheet-specs';
import { columnLetters } from '../../core/workbook/address';

export interface Recipient {
  readonly name: string;
  readonly address: string;
}

/** The board members with a usable address, and a warning for each one left out. */
export function boardRecipients(analysis: Analysis): { readonly recipients: readonly Recipient[]; readonly findings: readonly Finding[] } {
  const table = findTable(analysis.raw, STYRE);
  if (table === undefined) {
    return { recipients: [], findings: [warning('board-sheet-missing', { sheet: STYRE.names[0] ?? 'Styre' },
      'Arbeidsboken har ikke arket Styre; e-posten til styret har ingen mottakere.',
      'Legg til arket Styre med kolonnene Navn, Rolle og E-post, én rad per styremedlem, eller skriv inn mottakerne i e-postprogrammet.')] };
  }
  const sheet = table.sheet.name;
  const column = table.columns.get('epost');
  if (column === undefined) {
    return { recipients: [], findings: [warning('board-email-column-missing', { sheet },
      `Arket ${sheet} har ingen kolonne E-post; e-posten til styret har ingen mottakere.`,
      'Legg til kolonnen E-post med adressen til hvert styremedlem, eller skriv inn mottakerne i e-postprogrammet.')] };
  }
  const letters = columnLetters(column.header.column);
  const recipients: Recipient[] = [];
  const findings: Finding[] = [];
  for (const member of analysis.model.styre) {
    const name = member.navn.replace(/\s+/g, ' ').trim();
    const text = member.epost?.trim() ?? '';
    const location = { sheet, cell: `${letters}${member.row}` };
    const address = text === '' ? undefined : emailAddress(text);
    if (address !== undefined) {
      recipients.push({ name, address });
    } else if (text === '') {
      findings.push(warning('board-email-missing', location,
        `${name} har ingen e-postadresse og er ikke med som mottaker av e-posten til styret.`,
        'Skriv adressen i kolonnen E-post, for eksempel ola.nordmann@kommune.no.'));
    } else {
      findings.push(warning('board-email-invalid', location,
        `E-postadressen «${text}» til ${name} er ikke gyldig; ${name} er ikke med som mottaker av e-posten til styret.`,
        'Skriv én adresse på formen navn@domene.no, uten mellomrom, navn eller andre tegn rundt.'));
    }
  }
  if (recipients.length === 0) {
    findings.push(warning('board-no-recipients', { sheet },
      `Ingen på arket ${sheet} har en gyldig e-postadresse; e-posten til styret har ingen mottakere.`,
      'Fyll ut kolonnen E-post for styremedlemmene, eller skriv inn mottakerne i e-postprogrammet.'));
  }
  return { recipients, findings };
}

const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LOCAL_PART = new RegExp(`^${ATOM}(?:\\.${ATOM})*$`);
const LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;

/**
 * The address as it goes into the To header, or undefined if it is not one address: a plain
 * dot-atom local part (no quoted strings, no comments), a domain of at least two labels. A
 * domain with æøå is written in its ASCII (punycode) form; a leading "mailto:" is dropped.
 */
export function emailAddress(text: string): string | undefined {
  const value = text.trim().replace(/^mailto:/i, '');
  const at = value.lastIndexOf('@');
  if (at <= 0) return undefined;
  const local = value.slice(0, at);
  const domain = asciiDomain(value.slice(at + 1));
  if (local.length > 64 || !LOCAL_PART.test(local) || domain === undefined) return undefined;
  const labels = domain.split('.');
  if (labels.length < 2 || domain.length > 253 || !labels.every((l) => LABEL.test(l)) || /^\d+$/.test(labels[labels.length - 1] ?? '')) return undefined;
  return `${local}@${domain}`;
}

function asciiDomain(domain: string): string | undefined {
  if (/^[\x21-\x7e]+$/.test(domain)) return domain;
  if (domain === '' || /[\s/\\?#@:[\]%]/.test(domain)) return undefined;
  try {
    return new URL(`http://${domain}/`).hostname;
  } catch {
    return undefined;
  }
}

function warning(code: string, location: Finding['location'], message: string, hint: string): Finding {
  return { code, severity: 'warning', location, message, hint };
}
