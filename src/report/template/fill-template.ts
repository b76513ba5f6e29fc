import { patchDocument } from 'docx';
import { hasErrors, type Finding } from '../../core/findings/finding';
import type { Analysis } from '../../core/pipeline';
import { withFixedZipDates } from '../zip/fixed-zip-dates';
import { withStableIds } from '../zip/stable-ids';
import { inspectZip, TEMPLATE_LIMITS } from '../zip/inspect-zip';
import { zipProblemMessage } from '../zip/zip-problem-message';
import { buildPatches, missingBlockSources } from './build-patches';
import { inspectTemplate } from './inspect-template';
import { placeholdersIn } from './paragraph-texts';
import { readParagraphs } from './template-parts';

export interface Template {
  /** The file name, for messages. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export type FillResult =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly findings: readonly Finding[] }
  | { readonly ok: false; readonly findings: readonly Finding[] };

/**
 * Fills a Word template with the analysis of a workbook that has no errors. The template is
 * inspected first (unknown placeholders, misplaced blocks); after patching, the document is
 * read again and must hold no placeholder. Same input, same bytes.
 */
export async function fillTemplate(template: Template, analysis: Analysis): Promise<FillResult> {
  if (!analysis.ok) throw new Error('fillTemplate needs a workbook without errors');
  const refused = inspectZip(template.bytes, TEMPLATE_LIMITS);
  const damaged = refused?.kind === 'not-zip' || refused?.kind === 'corrupt';
  if (refused !== undefined && !damaged) {
    return { ok: false, findings: [{
      code: 'template-refused', severity: 'error', location: { sheet: template.name },
      message: zipProblemMessage(refused, `Malen ${template.name}`, TEMPLATE_LIMITS),
      hint: 'Åpne malen i Word eller LibreOffice og lagre den som Word-dokument (.docx).',
    }] };
  }
  const unreadable: FillResult = { ok: false, findings: [{
    code: 'template-unreadable', severity: 'error', location: { sheet: template.name },
    message: `Malen ${template.name} kan ikke leses som et Word-dokument (.docx).`,
    hint: 'Åpne malen i Word eller LibreOffice og lagre den som Word-dokument (.docx).',
  }] };
  const paragraphs = damaged ? undefined : await readParagraphs(template.bytes).catch(() => undefined);
  if (paragraphs === undefined || paragraphs.length === 0) return unreadable;
  const inspection = inspectTemplate(template.name, paragraphs);
  const findings = [...inspection.findings, ...missingBlockSources(analysis, inspection.used, template.name)];
  if (hasErrors(findings)) return { ok: false, findings };
  const s = analysis.model.settings;
  // A part that is not well-formed XML (a template damaged by hand or by a tool) makes the
  // patcher throw: the template's fault, said as a finding, not an internal error.
  const patched = await patchDocument({
    outputType: 'uint8array',
    data: template.bytes,
    patches: buildPatches(analysis, inspection.used),
    keepOriginalStyles: true,
    trimPlaceholders: true,
    properties: { title: `${s.rapporttittel} – ${s.selskap ?? ''}`, creator: s.selskap ?? '', lastModifiedBy: 'arsmelding' },
  }).catch(() => undefined);
  if (patched === undefined) return unreadable;
  const left = (await readParagraphs(patched)).flatMap((p) => placeholdersIn(p.text));
  if (left.length > 0) {
    return { ok: false, findings: [{
      code: 'placeholder-left', severity: 'error', location: { sheet: template.name },
      message: `Plassholderen {{${left[0]}}} ble ikke fylt ut${left.length > 1 ? ` (og ${left.length - 1} til)` : ''}.`,
      hint: 'Skriv plassholderen på nytt i Word i ett strøk (uten formatering midt i), og prøv igjen.',
    }] };
  }
  return { ok: true, bytes: withFixedZipDates(await withStableIds(patched)), findings };
}
