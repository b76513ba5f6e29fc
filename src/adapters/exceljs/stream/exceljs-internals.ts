/**
 * The few exceljs 4.4.0 internals the fast reader uses so that it reads a cell exactly as
 * exceljs' full reader does: how a number format is judged to be a date, the built-in number
 * formats, and how a shared formula is moved to another cell. An exceljs upgrade that changes
 * them fails here, at load time, and in the tests that compare both readers.
 */
interface Internals {
  readonly isDateFormat: (format: string) => boolean;
  readonly builtInFormat: (id: number) => string | undefined;
  readonly slideFormula: (formula: string, from: string, to: string) => string;
}

function need<T>(value: unknown, what: string): T {
  if (typeof value !== 'function') throw new Error(`exceljs har endret ${what}; stream/exceljs-internals.ts må ses over.`);
  return value as T;
}

let cached: Internals | undefined;

export function exceljsInternals(): Internals {
  if (cached !== undefined) return cached;
  /* eslint-disable @typescript-eslint/no-require-imports -- internal modules without types */
  const utils = require('exceljs/lib/utils/utils') as { isDateFmt?: unknown };
  const numFmt = require('exceljs/lib/xlsx/xform/style/numfmt-xform') as { getDefaultFmtCode?: unknown };
  const sharedFormula = require('exceljs/lib/utils/shared-formula') as { slideFormula?: unknown };
  /* eslint-enable @typescript-eslint/no-require-imports */
  const isDateFmt = need<(format: string) => boolean>(utils.isDateFmt, 'utils.isDateFmt');
  const getDefaultFmtCode = need<(id: number) => string | undefined>(numFmt.getDefaultFmtCode, 'NumFmtXform.getDefaultFmtCode');
  const slide = need<(formula: string, from: string, to: string) => string>(sharedFormula.slideFormula, 'slideFormula');
  cached = {
    isDateFormat: (format) => isDateFmt.call(utils, format),
    builtInFormat: (id) => getDefaultFmtCode(id),
    slideFormula: (formula, from, to) => slide(formula, from, to),
  };
  return cached;
}
