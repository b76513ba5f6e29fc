import { formatFindings } from '../core/findings/format-findings';
import { analyseSource } from '../core/pipeline';
import { exceljsFileSource } from '../adapters/exceljs/exceljs-source';
import { checkJson, summarize } from '../report/summary';
import { summaryText } from '../report/summary-text';
import type { Output } from './output';

/** `arsmelding check <workbook.xlsx> [--json]`: 0 no errors, 1 errors in the workbook. */
export async function checkCommand(workbook: string, json: boolean, out: Output): Promise<number> {
  const analysis = await analyseSource(exceljsFileSource(workbook));
  if (json) {
    out.stdout(`${JSON.stringify(checkJson(analysis), null, 2)}\n`);
  } else {
    out.stdout(`Kontroll av ${workbook}\n${formatFindings(analysis.findings)}\n\n${summaryText(summarize(analysis))}\n`);
  }
  return analysis.ok ? 0 : 1;
}
