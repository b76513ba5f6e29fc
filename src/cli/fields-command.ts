import { basename } from 'path';
import { formatFindings } from '../core/findings/format-findings';
import { inspectTemplate } from '../report/template/inspect-template';
import { readParagraphs } from '../report/template/template-parts';
import { inspectZip, TEMPLATE_LIMITS } from '../report/zip/inspect-zip';
import { zipProblemMessage } from '../report/zip/zip-problem-message';
import { FileProblem, readDocx } from './files';
import type { Output } from './output';

const KIND = { text: 'tekst', block: 'blokk (tabell/liste)', rows: 'tabellrad' } as const;

/** `arsmelding fields <t.docx>`: the placeholders a template uses, and which are unknown. */
export async function fieldsCommand(templatePath: string, out: Output): Promise<number> {
  const bytes = readDocx(templatePath);
  // the same zip guard as generate: a template bomb is refused before anything unpacks it
  const refused = inspectZip(bytes, TEMPLATE_LIMITS);
  if (refused !== undefined) throw new FileProblem(zipProblemMessage(refused, `Malen «${templatePath}»`, TEMPLATE_LIMITS));
  const paragraphs = await readParagraphs(bytes).catch(() => []);
  if (paragraphs.length === 0) throw new FileProblem(`«${templatePath}» kan ikke leses som et Word-dokument (.docx).`);
  const inspection = inspectTemplate(basename(templatePath), paragraphs);
  const seen = new Set<string>();
  const lines = inspection.used.flatMap((u) => {
    if (seen.has(u.key)) return [];
    seen.add(u.key);
    return [`{{${u.key}}}  ${u.spec === undefined ? 'UKJENT' : KIND[u.spec.kind]}`];
  });
  out.stdout(`${lines.length === 0 ? 'Malen har ingen plassholdere.' : lines.join('\n')}\n`);
  if (inspection.findings.length > 0) out.stdout(`\n${formatFindings(inspection.findings)}\n`);
  return inspection.findings.some((f) => f.severity === 'error') ? 1 : 0;
}
