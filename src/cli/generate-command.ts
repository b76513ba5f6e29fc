import { statSync } from 'fs';
import { basename, dirname, join, resolve } from 'path';
import { formatFindings } from '../core/findings/format-findings';
import type { Analysis } from '../core/pipeline';
import { boardEmail } from '../report/email/board-email';
import { defaultReportName } from '../report/report-name';
import { fillTemplate } from '../report/template/fill-template';
import { DEFAULT_TEMPLATE, describeFileError, FileProblem, readDocx } from './files';
import type { Output } from './output';
import { NO_PROGRESS } from './progress';
import { readWithProgress } from './read-with-progress';
import { writeFileAtomic } from './write-file-atomic';

export interface GenerateOptions {
  readonly template?: string;
  readonly out?: string;
  /** Where to write an unsent e-mail draft to the board with the report attached. */
  readonly eml?: string;
}

/**
 * `arsmelding generate`: 0 written, 1 errors in the workbook or template (nothing written), 2 a
 * file problem. With `eml`, the board's e-mail draft is built before anything is written and
 * written after the report, each file atomically.
 */
export async function generateCommand(workbook: string, options: GenerateOptions, out: Output): Promise<number> {
  const progress = out.progress?.() ?? NO_PROGRESS;
  const analysis = await readWithProgress(workbook, progress);
  if (!analysis.ok) {
    progress.done();
    out.stdout(`${formatFindings(analysis.findings)}\nArbeidsboken har feil; ingen rapport er skrevet.\n`);
    return 1;
  }
  const templatePath = options.template ?? DEFAULT_TEMPLATE;
  progress.phase('Lager dokumentet');
  const filled = await fillFrom(templatePath, analysis).finally(() => progress.done());
  if (!filled.ok) {
    out.stdout(`${formatFindings([...analysis.findings, ...filled.findings])}\nMalen har feil; ingen rapport er skrevet.\n`);
    return 1;
  }
  const s = analysis.model.settings;
  const target = options.out ?? join(dirname(workbook), defaultReportName(s.rapporttittel, s.selskap ?? ''));
  if (options.eml !== undefined && resolve(options.eml) === resolve(target)) {
    throw new FileProblem(`E-postutkastet (--eml) og rapporten kan ikke skrives til samme fil «${target}».`);
  }
  // Writing over the workbook or the template would destroy the user's own file.
  const inputs = [{ what: 'arbeidsboken', path: workbook }, { what: 'malen', path: templatePath }];
  for (const output of [{ flag: '--out', path: target }, { flag: '--eml', path: options.eml }]) {
    const input = output.path === undefined ? undefined : inputs.find((i) => sameFile(i.path, output.path ?? ''));
    if (input !== undefined) throw new FileProblem(`«${output.path}» er ${input.what}, som ikke kan skrives over; velg et annet filnavn med ${output.flag}.`);
  }
  const email = options.eml === undefined ? undefined
    : { path: options.eml, ...boardEmail(analysis, { bytes: filled.bytes, fileName: basename(target) }) };
  const findings = [...analysis.findings, ...filled.findings, ...(email?.findings ?? [])];
  write(target, filled.bytes);
  if (email !== undefined) write(email.path, email.eml);
  if (findings.length > 0) out.stdout(`${formatFindings(findings)}\n`);
  out.stdout(`Skrev ${target}\n`);
  if (email !== undefined) out.stdout(`Skrev ${email.path}\n`);
  return 0;
}

async function fillFrom(templatePath: string, analysis: Analysis): ReturnType<typeof fillTemplate> {
  return fillTemplate({ name: basename(templatePath), bytes: readDocx(templatePath) }, analysis);
}

/** The same file: the same path, or (through a link, or another case on a case-insensitive disk) the same inode. */
function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  const stat = (path: string) => {
    try {
      return statSync(path, { throwIfNoEntry: false });
    } catch {
      return undefined;
    }
  };
  const x = stat(a);
  const y = stat(b);
  return x !== undefined && y !== undefined && x.dev === y.dev && x.ino === y.ino;
}

function write(path: string, bytes: Uint8Array): void {
  try {
    writeFileAtomic(path, bytes);
  } catch (error) {
    throw new FileProblem(describeFileError(error, path, 'skrive'));
  }
}
