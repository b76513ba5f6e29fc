/// <reference types="office-js" />
import type { ExcelApi } from './excel-api';

/**
 * Type-level only: `npx tsc -p tsconfig.json --noEmit` fails here if the real Office.js global
 * `Excel` (from @types/office-js) stops satisfying ExcelApi. The function is never called: in
 * Node there is no `Excel`.
 */
function realExcel(): ExcelApi {
  const _real: ExcelApi = Excel;
  return _real;
}

describe('ExcelApi', () => {
  it('is satisfied by the real global Excel (checked by tsc, not at run time)', () => {
    expect(typeof realExcel).toBe('function');
  });
});
