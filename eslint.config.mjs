// Lint rules, and the import boundaries of DEVELOPERS.md ("The layers"), enforced.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeOnly = ['fs', 'fs/*', 'node:*', 'path', 'os', 'child_process', 'stream', 'zlib', 'crypto'];
const office = ['@microsoft/office-js', 'office-addin-*', '**/adapters/office/**'];
const exceljs = ['exceljs', 'exceljs/*', '**/adapters/exceljs/**'];
const docx = ['docx', 'docx/*'];
const faces = ['**/cli/**', '**/taskpane/**'];

const restrict = (group, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group, message }] }],
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'lib/**', 'dist/**', 'coverage/**', 'bin/**', 'scripts/tmp/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
      // Workbook and template strings never reach HTML parsing.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Set textContent or build nodes; never parse strings as HTML.' },
        { property: 'outerHTML', message: 'Set textContent or build nodes; never parse strings as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Build nodes instead.' },
      ],
    },
  },
  {
    // The pure core: no I/O, no clock, no Office.js, no exceljs, no docx, no faces.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      ...restrict([...nodeOnly, ...office, ...exceljs, ...docx, ...faces, '**/report/**'],
        'src/core is pure: it imports no I/O, Office.js, exceljs, docx, report or faces (DEVELOPERS.md).'),
      'no-restricted-globals': ['error',
        { name: 'process', message: 'The core reads no environment.' },
        { name: 'Date', message: 'The core reads no clock; dates come in as data.' },
        { name: 'setTimeout', message: 'The core does not wait.' }],
    },
  },
  {
    // The report layer turns results into content; it reads no files and knows no workbook library.
    files: ['src/report/**/*.ts'],
    ignores: ['src/report/**/*.test.ts'],
    rules: restrict([...nodeOnly, ...office, ...exceljs, ...faces],
      'src/report builds content from core results; files and workbook libraries belong to adapters and faces.'),
  },
  {
    // The exceljs adapter is Node only and never meets Office.js.
    files: ['src/adapters/exceljs/**/*.ts'],
    rules: restrict([...office, ...faces], 'The exceljs adapter serves Node only.'),
  },
  {
    // The Office.js adapter and the task pane run in the browser: no Node, no exceljs.
    files: ['src/adapters/office/**/*.ts', 'src/taskpane/**/*.ts'],
    rules: restrict([...nodeOnly, ...exceljs, '**/cli/**'], 'Browser code: Office.js only, no Node modules, no exceljs.'),
  },
  {
    // The command line is Node: it never imports Office.js or the task pane.
    files: ['src/cli/**/*.ts'],
    rules: restrict([...office, '**/taskpane/**'], 'The command line never imports Office.js or the task pane.'),
  },
);
