/**
 * Stands in for office.js in the browser test: defines the Office and Excel globals over an
 * Excel double filled from window.__DOUBLE_DATA__, and exposes the double as
 * window.__excelDouble so the test can see what the task pane did.
 */
import { createExcelDouble, type DoubleWorkbook } from './excel-double';

interface HostWindow {
  __DOUBLE_DATA__: DoubleWorkbook;
  __DISPLAY_LANGUAGE__?: string;
  __excelDouble: ReturnType<typeof createExcelDouble>;
  Office: unknown;
  Excel: unknown;
}

const host = window as unknown as HostWindow;
const double = createExcelDouble(host.__DOUBLE_DATA__);
host.__excelDouble = double;
host.Excel = double;
host.Office = {
  context: { displayLanguage: host.__DISPLAY_LANGUAGE__ ?? 'nb-NO', ui: {} },
  onReady: (callback?: () => void) => {
    const ready = () => callback?.();
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready);
    else setTimeout(ready, 0);
    return Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' });
  },
};
