import { execFileSync } from 'child_process';

/**
 * The layer rules of DEVELOPERS.md are enforced by the linter: prove each one bites.
 * ESLint loads its config with a dynamic import, which jest's VM does not allow, so the cases
 * are linted in one child Node process.
 */
const CASES: readonly (readonly [string, string])[] = [
  ["import * as fs from 'fs';", 'src/core/money/x.ts'],
  ["import { readFile } from 'node:fs/promises';", 'src/core/x.ts'],
  ["import ExcelJS from 'exceljs';", 'src/core/read/x.ts'],
  ["import { Document } from 'docx';", 'src/core/x.ts'],
  ["import { exceljsFileSource } from '../adapters/exceljs/exceljs-source';", 'src/core/x.ts'],
  ["import { main } from '../cli/main';", 'src/core/x.ts'],
  ["import ExcelJS from 'exceljs';", 'src/report/x.ts'],
  ["import ExcelJS from 'exceljs';", 'src/taskpane/x.ts'],
  ["import * as fs from 'fs';", 'src/adapters/office/x.ts'],
  ['export const now = Date.now();', 'src/core/x.ts'],
  ['export function f(e: { innerHTML: string }) { e.innerHTML = "x"; }', 'src/taskpane/x.ts'],
  ['const x = 1;\nexport default x;', 'src/report/x.ts'],
  ["import ExcelJS from 'exceljs';\nimport * as fs from 'fs';\nexport const x = [ExcelJS, fs];", 'src/adapters/exceljs/x.ts'],
];

const SCRIPT = `
const { ESLint } = require('eslint');
const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
(async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const [code, filePath] of cases) {
    const [r] = await eslint.lintText(code + '\\n', { filePath });
    out.push(r.messages.map((m) => m.ruleId || m.message));
  }
  process.stdout.write(JSON.stringify(out));
})();`;

describe('import boundaries', () => {
  let results: string[][] = [];
  beforeAll(() => {
    results = JSON.parse(execFileSync(process.execPath, ['-e', SCRIPT], { input: JSON.stringify(CASES), encoding: 'utf8' }));
  });
  const rules = (i: number) => results[i] ?? [];

  it.each(CASES.slice(0, 9).map((c, i) => [c[0], c[1], i] as const))('refuses %s in %s', (_code, _file, i) => {
    expect(rules(i)).toContain('no-restricted-imports');
  });
  it('keeps the clock out of the core', () => expect(rules(9)).toContain('no-restricted-globals'));
  it('forbids innerHTML', () => expect(rules(10)).toContain('no-restricted-properties'));
  it('forbids default exports', () => expect(rules(11)).toContain('no-restricted-syntax'));
  it('lets the exceljs adapter import exceljs and fs', () => expect(rules(12)).toEqual([]));
});
