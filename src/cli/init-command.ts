import { copyFileSync, existsSync, mkdirSync } from 'fs';
import { basename, join } from 'path';
import { DEFAULT_TEMPLATE, describeFileError, EXAMPLE_WORKBOOK, FileProblem } from './files';
import type { Output } from './output';

/** `arsmelding init [folder]`: the example workbook and the default template to start from. */
export function initCommand(folder: string, out: Output): number {
  const files = [EXAMPLE_WORKBOOK, DEFAULT_TEMPLATE].map((source) => ({ source, target: join(folder, basename(source)) }));
  const existing = files.filter((f) => existsSync(f.target));
  if (existing.length > 0) {
    throw new FileProblem(`${existing.map((f) => `«${f.target}»`).join(' og ')} finnes fra før; ingenting er skrevet. Velg en annen mappe.`);
  }
  try {
    mkdirSync(folder, { recursive: true });
    for (const f of files) copyFileSync(f.source, f.target);
  } catch (error) {
    throw new FileProblem(describeFileError(error, folder, 'skrive'));
  }
  out.stdout([
    ...files.map((f) => `Skrev ${f.target}`),
    '',
    `Fyll inn arbeidsboken med årets tall, tilpass teksten i malen, og lag rapporten med`,
    `  arsmelding generate "${files[0]?.target}" --template "${files[1]?.target}"`,
  ].join('\n') + '\n');
  return 0;
}
