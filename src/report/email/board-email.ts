import { createMimeMessage, type HeaderField, type MIMEMessage } from 'mail-mime-builder';
import type { Finding } from '../../core/findings/finding';
import { formatKroner } from '../../core/money/format-money';
import type { Analysis } from '../../core/pipeline';
import { findTable } from '../../core/read/read-table';
import { STYRE } from '../../core/read/sheet-specs';
import { columnLetters } from '../../core/workbook/address';

export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const EML_MIME_TYPE = 'message/rfc822';

export interface BoardEmail {
  /** The draft as an RFC 5322 message: 7-bit ASCII with CRLF line ends. */
  readonly eml: Uint8Array;
  /** Warnings about board members left out (no or an invalid address) or no recipients at all. */
  readonly findings: readonly Finding[];
}

export interface Recipient {
  readonly name: string;
  readonly address: string;
}

const EOL = '\r\n';
/** Fixed boundaries: every part is base64, whose alphabet has no "_", so they can never occur inside one. */
const BOUNDARIES = { mixed: 'arsmelding_mixed_boundary', alt: 'arsmelding_alt_boundary', related: 'arsmelding_related_boundary' };

/**
 * An unsent e-mail draft to the board (sheet Styre), with the report attached.
 *
 * The message is built with mail-mime-builder (RFC 2047 for the recipients' names and the
 * subject, the multipart structure). What a draft needs beyond what the library does:
 * - `X-Unsent: 1`, so that Outlook opens the file as a new message ready to send (Thunderbird
 *   opens it as a message; Message > Edit As New Message makes the draft from it);
 * - no From: the mail program fills in the user's own account (a From here would make
 *   Outlook try to send as that address); the library's From is made optional for this;
 * - no Date and no Message-ID: the mail program adds both when the message is sent, and
 *   leaving them out keeps the bytes the same for the same input (no clock, no randomness);
 * - fixed boundaries; base64 lines of 76 characters; the attachment's file name as RFC 2231
 *   (`filename*`) in Content-Disposition and RFC 2047 in Content-Type's `name`, which is what
 *   Thunderbird writes and Outlook reads.
 * Same input, same bytes.
 */
export function boardEmail(analysis: Analysis, report: { readonly bytes: Uint8Array; readonly fileName: string }): BoardEmail {
  if (!analysis.ok) throw new Error('boardEmail needs a workbook without errors');
  const { recipients, findings } = boardRecipients(analysis);
  const s = analysis.model.settings;

  const msg = createMimeMessage();
  msg.boundaries = { ...BOUNDARIES };
  headerField(msg, 'From').required = false;
  headerField(msg, 'Date').disabled = true;
  headerField(msg, 'Message-ID').disabled = true;
  if (recipients.length > 0) msg.setTo(recipients.map((r) => ({ addr: r.address, name: r.name })));
  msg.setSubject(s.selskap === undefined ? s.rapporttittel : `${s.rapporttittel} – ${s.selskap}`);
  msg.setHeader('X-Unsent', '1');
  msg.addMessage({ contentType: 'text/plain', charset: 'UTF-8', encoding: 'base64', data: base64Lines(utf8(bodyText(analysis, report.fileName))) });
  // The library writes the file name unencoded; both headers that carry it are replaced below.
  const part = msg.addAttachment({ contentType: DOCX_MIME_TYPE, encoding: 'base64', filename: 'report.docx', data: base64Lines(report.bytes) });
  part.setHeader('Content-Type', `${DOCX_MIME_TYPE};${EOL} name="${encodedWords(report.fileName)}"`);
  part.setHeader('Content-Disposition', `attachment;${EOL} ${filenameParameter(report.fileName)}`);

  const raw = `${msg.asRaw()}${EOL}`;
  if (!/^[ -~\r\n]*$/.test(raw)) throw new Error('boardEmail made a message that is not 7-bit ASCII');
  return { eml: utf8(raw), findings };
}

/** The plain-text body: who it is for, the year's result in one sentence, the attachment. */
export function bodyText(analysis: Analysis, fileName: string): string {
  const s = analysis.model.settings;
  const year = s.aar === undefined ? '' : ` for ${s.aar}`;
  return [
    s.selskap === undefined ? 'Til styret,' : `Til styret i ${s.selskap},`,
    '',
    `Her er årsmeldingen${year}, klar til behandling i styret.`,
    '',
    resultSentence(analysis),
    '',
    `Årsmeldingen ligger ved som Word-dokument: ${fileName}`,
    '',
    'Med vennlig hilsen',
    '',
  ].join(EOL);
}

/** "Regnskapet for 2017 viser et mindreforbruk på kr 2 851 193." */
export function resultSentence(analysis: Analysis): string {
  const { resultat: r, resultatType } = analysis.figures;
  const year = analysis.model.settings.aar === undefined ? '' : ` for ${analysis.model.settings.aar}`;
  if (resultatType === 'balanse') return `Regnskapet${year} går i balanse.`;
  return `Regnskapet${year} viser et ${resultatType} på kr ${formatKroner(r < 0n ? -r : r)}.`;
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

function headerField(msg: MIMEMessage, name: string): HeaderField {
  const field = msg.headers.fields.find((f) => f.name === name);
  if (field === undefined) throw new Error(`mail-mime-builder has no ${name} header field any more`);
  return field;
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Base64 in lines of 76 characters (RFC 2045). */
function base64Lines(bytes: Uint8Array): string {
  let b64 = '';
  const chunk = 3 * 4096;
  for (let i = 0; i < bytes.length; i += chunk) b64 += btoa(String.fromCharCode(...bytes.subarray(i, i + chunk)));
  return b64.match(/.{1,76}/g)?.join(EOL) ?? '';
}

/**
 * A parameter value as RFC 2047 encoded words (B encoding), each at most 75 characters and
 * never splitting a character, folded onto lines of their own; plain text when it is ASCII.
 */
function encodedWords(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value.replace(/["\\]/g, '\\$&');
  const words: string[] = [];
  let bytes: number[] = [];
  const flush = () => {
    if (bytes.length > 0) words.push(`=?UTF-8?B?${btoa(String.fromCharCode(...bytes))}?=`);
    bytes = [];
  };
  for (const char of value) {
    const encoded = utf8(char);
    if (bytes.length + encoded.length > 45) flush();
    bytes.push(...encoded);
  }
  flush();
  return words.join(`${EOL} `);
}

/**
 * `filename="…"` for an ASCII name; otherwise RFC 2231 `filename*=UTF-8''…`, percent-encoded,
 * split into continuations (`filename*0*=…; filename*1*=…`) short enough for lines of 78 characters.
 */
function filenameParameter(fileName: string): string {
  if (/^[\x20-\x7e]*$/.test(fileName)) return `filename="${fileName.replace(/["\\]/g, '\\$&')}"`;
  const encoded = Array.from(utf8(fileName), (b) => {
    const c = String.fromCharCode(b);
    return /[A-Za-z0-9!#$&+.^_`|~-]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  });
  const sections: string[] = [];
  let current = "UTF-8''";
  for (const piece of encoded) {
    if (current.length + piece.length > 60) {
      sections.push(current);
      current = '';
    }
    current += piece;
  }
  sections.push(current);
  return sections.length === 1 ? `filename*=${current}` : sections.map((s, i) => `filename*${i}*=${s}`).join(`;${EOL} `);
}
