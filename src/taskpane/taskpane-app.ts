import type { ExcelApi } from '../adapters/office/excel-api';
import { selectCell } from '../adapters/office/select-cell';
import { writeResultsSheet } from '../adapters/office/write-results-sheet';
import type { Finding } from '../core/findings/finding';
import { analyseSource, type Analysis } from '../core/pipeline';
import { boardEmail, DOCX_MIME_TYPE, EML_MIME_TYPE } from '../report/email/board-email';
import { resultsSheetRows } from '../report/results-sheet';
import { summarize } from '../report/summary';
import { fillTemplate, type Template } from '../report/template/fill-template';
import { defaultReportName } from '../report/report-name';
import { el, replaceChildren } from './dom';
import type { Strings } from './i18n';
import { renderFindings } from './render-findings';
import { readWithProgress } from './read-with-progress';
import { renderSummary } from './render-summary';

export interface TaskpaneEnv {
  readonly excel: ExcelApi;
  readonly strings: Strings;
  /** Where findings, figures and the status line go. */
  readonly view: { readonly status: HTMLElement; readonly findings: HTMLElement; readonly summary: HTMLElement; readonly download: HTMLElement };
  readonly loadDefaultTemplate: () => Promise<Uint8Array>;
  /** Offers the bytes (of MIME type `type`) for saving; returns the link it showed as a fallback. */
  readonly offerDownload: (bytes: Uint8Array, fileName: string, type: string) => HTMLAnchorElement;
}

/** The task pane's actions, apart from Office.onReady so that tests can call them. */
export function createTaskpane(env: TaskpaneEnv) {
  const { strings, view } = env;
  const status = (text: string) => { view.status.textContent = text; };

  async function analyse(): Promise<Analysis> {
    const analysis = await analyseSource(readWithProgress(env.excel, strings, status));
    replaceChildren(view.findings, renderFindings(analysis.findings, strings, (f) => void goTo(f)));
    replaceChildren(view.summary, renderSummary(summarize(analysis), strings));
    status('');
    return analysis;
  }

  async function goTo(finding: Finding): Promise<void> {
    await selectCell(env.excel, finding.location.sheet, finding.location.cell);
  }

  async function guarded<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (error) {
      status(strings.failed(error instanceof Error ? error.message : String(error)));
      return undefined;
    }
  }

  /** Checks the workbook and fills the template; undefined, with the reason shown, when either has errors. */
  async function buildReport(own: Template | undefined): Promise<{ analysis: Analysis; bytes: Uint8Array; name: string } | undefined> {
    const analysis = await analyse();
    if (!analysis.ok) {
      status(strings.workbookErrors);
      return undefined;
    }
    status(strings.building);
    const template = own ?? { name: 'arsmelding.docx', bytes: await env.loadDefaultTemplate() };
    const result = await fillTemplate(template, analysis);
    if (!result.ok) {
      replaceChildren(view.findings, renderFindings(result.findings, strings, () => undefined));
      status(strings.templateErrors);
      return undefined;
    }
    const s = analysis.model.settings;
    return { analysis, bytes: result.bytes, name: defaultReportName(s.rapporttittel, s.selskap ?? '') };
  }

  function offer(bytes: Uint8Array, name: string, type: string, saved: string): void {
    const link = env.offerDownload(bytes, name, type);
    replaceChildren(view.download, el('p', { text: saved }), link, el('p', { className: 'muted', text: strings.saveFallback }));
    status('');
  }

  return {
    goTo,
    check: () => guarded(analyse),

    generate: (own?: Template) => guarded(async () => {
      const report = await buildReport(own);
      if (report !== undefined) offer(report.bytes, report.name, DOCX_MIME_TYPE, strings.saved(report.name));
    }),

    /** The report, attached to an unsent e-mail draft to the board (sheet Styre), offered as a .eml. */
    email: (own?: Template) => guarded(async () => {
      const report = await buildReport(own);
      if (report === undefined) return;
      const email = boardEmail(report.analysis, { bytes: report.bytes, fileName: report.name });
      if (email.findings.length > 0) {
        replaceChildren(view.findings, renderFindings([...report.analysis.findings, ...email.findings], strings, (f) => void goTo(f)));
      }
      const name = `${report.name.replace(/\.docx$/i, '')}.eml`;
      offer(email.eml, name, EML_MIME_TYPE, strings.emailSaved(name));
    }),

    writeSheet: () => guarded(async () => {
      const analysis = await analyse();
      if (!analysis.ok) return status(strings.workbookErrors);
      const name = await writeResultsSheet(env.excel, 'Årsmelding-resultater', resultsSheetRows(analysis));
      status(strings.sheetWritten(name));
    }),
  };
}

export type Taskpane = ReturnType<typeof createTaskpane>;
