import { formatFindings } from '../core/findings/format-findings';
import { checkJson, summarize } from '../report/summary';
import { summaryText } from '../report/summary-text';
import type { Output } from './output';
import { NO_PROGRESS } from './progress';
import { readWithProgress } from './read-with-progress';

/** `arsmelding check <workbook.xlsx> [--json]`: 0 no errors, 1 errors in the workbook. */
export async function checkCommand(workbook: string, json: boolean, out: Output): Promise<number> {
  const progress = out.progress?.() ?? NO_PROGRESS;
  const analysis = await readWithProgress(workbook, progress);
  progress.done();
  if (json) {
    out.stdout(`${JSON.stringify(checkJson(analysis), null, 2)}\n`);
  } else {
    out.stdout(`Kontroll av ${workbook}\n${formatFindings(analysis.findings)}\n\n${summaryText(summarize(analysis))}\n`);
  }
  return analysis.ok ? 0 : 1;
}
