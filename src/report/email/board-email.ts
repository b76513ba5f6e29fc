import { createMimeMessage, type HeaderField, type MIMEMessage } from 'mail-mime-builder';
import type { Finding } from '../../core/findings/finding';
import { formatKroner } from '../../core/money/format-money';
import type { Analysis } from '../../core/pipeline';
import { boardRecipients } from './board-recipients';
import { base64Lines, encodedWords, EOL, filenameParameter, utf8 } from './mime-encoding';

export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const EML_MIME_TYPE = 'message/rfc822';

export interface BoardEmail {
  /** The draft as an RFC 5322 message: 7-bit ASCII with CRLF line ends. */
  readonly eml: Uint8Array;
  /** Warnings about board members left out (no or an invalid address) or no recipients at all. */
  readonly findings: readonly Finding[];
}

export type { Recipient } from './board-recipients';
export { emailAddress } from './board-recipients';

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

function headerField(msg: MIMEMessage, name: string): HeaderField {
  const field = msg.headers.fields.find((f) => f.name === name);
  if (field === undefined) throw new Error(`mail-mime-builder has no ${name} header field any more`);
  return field;
}
