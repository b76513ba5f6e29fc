import { basename, dirname, join } from 'path';
import { exceljsFileSource } from '../adapters/exceljs/exceljs-source';
import { formatFindings } from '../core/findings/format-findings';
import { analyseSource } from '../core/pipeline';
import { defaultReportName } from '../report/report-name';
import { fillTemplate } from '../report/template/fill-template';
import { DEFAULT_TEMPLATE, describeFileError, FileProblem, readDocx } from './files';
import type { Output } from './output';
import { writeFileAtomic } from './write-file-atomic';

export interface GenerateOptions {
  readonly template?: string;
  readonly out?: string;
}

/** `arsmelding generate`: 0 written, 1 errors in the workbook or template (nothing written), 2 a file problem. */
export async function generateCommand(workbook: string, options: GenerateOptions, out: Output): Promise<number> {
  const analysis = await analyseSource(exceljsFileSource(workbook));
  if (!analysis.ok) {
    out.stdout(`${formatFindings(analysis.findings)}\nArbeidsboken har feil; ingen rapport er skrevet.\n`);
    return 1;
  }
  const templatePath = options.template ?? DEFAULT_TEMPLATE;
  const filled = await fillTemplate({ name: basename(templatePath), bytes: readDocx(templatePath) }, analysis);
  const findings = [...analysis.findings, ...filled.findings];
  if (!filled.ok) {
    out.stdout(`${formatFindings(findings)}\nMalen har feil; ingen rapport er skrevet.\n`);
    return 1;
  }
  const s = analysis.model.settings;
  const target = options.out ?? join(dirname(workbook), defaultReportName(s.rapporttittel, s.selskap ?? ''));
  try {
    writeFileAtomic(target, filled.bytes);
  } catch (error) {
    throw new FileProblem(describeFileError(error, target, 'skrive'));
  }
  if (findings.length > 0) out.stdout(`${formatFindings(findings)}\n`);
  out.stdout(`Skrev ${target}\n`);
  return 0;
}
