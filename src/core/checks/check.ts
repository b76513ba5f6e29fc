import type { Figures } from '../calc/compute-figures';
import type { Finding, Severity } from '../findings/finding';
import type { Book } from '../read/book';
import type { Model } from '../model/model';
import type { SettingProblem } from '../model/settings';

/** What every check sees: the located workbook, the usable model and the figures made from it. */
export interface CheckContext {
  readonly book: Book;
  readonly model: Model;
  readonly figures: Figures;
  readonly settingProblems: readonly SettingProblem[];
}

export interface Check {
  readonly code: string;
  readonly severity: Severity;
  run(context: CheckContext): readonly Finding[];
}

/** Builds the findings of one check: code and severity are the check's own. */
export function reporter(check: Pick<Check, 'code' | 'severity'>) {
  return (sheet: string, cell: string | undefined, message: string, hint: string): Finding => ({
    code: check.code,
    severity: check.severity,
    location: cell === undefined ? { sheet } : { sheet, cell },
    message,
    hint,
  });
}
