import { officeWorkbookSource } from '../adapters/office/office-source';
import type { ExcelApi } from '../adapters/office/excel-api';
import { selectCell } from '../adapters/office/select-cell';
import { writeResultsSheet } from '../adapters/office/write-results-sheet';
import type { Finding } from '../core/findings/finding';
import { analyseSource, type Analysis } from '../core/pipeline';
import { resultsSheetRows } from '../report/results-sheet';
import { summarize } from '../report/summary';
import { fillTemplate, type Template } from '../report/template/fill-template';
import { defaultReportName } from '../report/report-name';
import { el, replaceChildren } from './dom';
import type { Strings } from './i18n';
import { renderFindings } from './render-findings';
import { renderSummary } from './render-summary';

export interface TaskpaneEnv {
  readonly excel: ExcelApi;
  readonly strings: Strings;
  /** Where findings, figures and the status line go. */
  readonly view: { readonly status: HTMLElement; readonly findings: HTMLElement; readonly summary: HTMLElement; readonly download: HTMLElement };
  readonly loadDefaultTemplate: () => Promise<Uint8Array>;
  /** Offers the bytes for saving; returns the link it showed as a fallback. */
  readonly offerDownload: (bytes: Uint8Array, fileName: string) => HTMLAnchorElement;
}

/** The task pane's actions, apart from Office.onReady so that tests can call them. */
export function createTaskpane(env: TaskpaneEnv) {
  const { strings, view } = env;
  const status = (text: string) => { view.status.textContent = text; };

  async function analyse(): Promise<Analysis> {
    status(strings.checking);
    const source = officeWorkbookSource(env.excel, {
      onProgress: (p) => status(strings.reading(p.sheet, p.rowsRead, p.rowsTotal)),
    });
    const analysis = await analyseSource(source);
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

  return {
    goTo,
    check: () => guarded(analyse),

    generate: (own?: Template) => guarded(async () => {
      const analysis = await analyse();
      if (!analysis.ok) return status(strings.workbookErrors);
      status(strings.building);
      const template = own ?? { name: 'arsmelding.docx', bytes: await env.loadDefaultTemplate() };
      const result = await fillTemplate(template, analysis);
      if (!result.ok) {
        replaceChildren(view.findings, renderFindings(result.findings, strings, () => undefined));
        return status(strings.templateErrors);
      }
      const s = analysis.model.settings;
      const name = defaultReportName(s.rapporttittel, s.selskap ?? '');
      const link = env.offerDownload(result.bytes, name);
      replaceChildren(view.download, el('p', { text: strings.saved(name) }), link, el('p', { className: 'muted', text: strings.saveFallback }));
      status('');
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
