import type { ExcelApi } from '../adapters/office/excel-api';
import { officeWorkbookSource, type OfficeSourceOptions } from '../adapters/office/office-source';
import type { RawSheet } from '../core/workbook/raw-workbook';
import type { WorkbookSource } from '../core/workbook/workbook-source';
import type { Strings } from './i18n';

/**
 * The workbook open in Excel, read through Office.js, telling the status line how far the read
 * has come: one line per chunk of rows ("Leser Regnskap: 62 500 av 100 000 rader"; a large
 * ledger is read in a chunk per request, see office-source.ts), then "Kontrollerer …" when
 * every sheet is read (a streamed ledger included). The checks of a large ledger keep the page busy for a while without a
 * pause, so the read hands the workbook on only after the page has had a chance to show that.
 */
export function readWithProgress(
  excel: ExcelApi,
  strings: Strings,
  status: (text: string) => void,
  options: Omit<OfficeSourceOptions, 'onProgress'> = {},
): WorkbookSource {
  const source = officeWorkbookSource(excel, {
    ...options,
    onProgress: (p) => status(strings.reading(p.sheet, p.rowsRead, p.rowsTotal)),
  });
  const checking = async (): Promise<void> => {
    status(strings.checking);
    await afterPaint();
  };
  return {
    read: async () => {
      status(strings.checking);
      const raw = await source.read();
      // A streamed ledger is read after read() (RawSheet.stream): "Kontrollerer …" then comes
      // when its last chunk is in, not before its first.
      if (!raw.sheets.some((sheet) => sheet.stream !== undefined)) {
        await checking();
        return raw;
      }
      const sheets = raw.sheets.map((sheet): RawSheet => {
        const stream = sheet.stream;
        return stream === undefined ? sheet : {
          ...sheet,
          stream: async (sink) => {
            await stream(sink);
            await checking();
          },
        };
      });
      return { ...raw, sheets };
    },
  };
}

/**
 * Resolves once the page has had a chance to paint: just after the next animation frame, or
 * after 50 ms where frames do not come (a pane that is not shown, or no browser at all).
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 50);
    if (typeof requestAnimationFrame === 'function') {
      requestAnimationFrame(() => setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0));
    }
  });
}
