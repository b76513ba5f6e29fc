// The measured child processes run plain JavaScript, as the command line does (lib/), so that
// no TypeScript compiler is timed: the worker files are transpiled once per benchmark run.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

/** The files run in child processes, and the bench files they import. */
const WORKER_SOURCES = ['worker-main', 'zip-directory', 'floor-worker', 'sums-worker', 'rss-preload', 'docx-baseline-worker'] as const;

export interface CompiledWorkers {
  readonly floor: string;
  readonly sums: string;
  readonly rssPreload: string;
  readonly docxBaseline: string;
}

/** Transpiles the workers to CommonJS in `outDir` and returns the paths of the entry points. */
export function compileWorkers(outDir: string): CompiledWorkers {
  mkdirSync(outDir, { recursive: true });
  for (const name of WORKER_SOURCES) {
    const source = readFileSync(path.join(__dirname, `${name}.ts`), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      fileName: `${name}.ts`,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, strict: true },
    });
    writeFileSync(path.join(outDir, `${name}.js`), outputText);
  }
  return {
    floor: path.join(outDir, 'floor-worker.js'),
    sums: path.join(outDir, 'sums-worker.js'),
    rssPreload: path.join(outDir, 'rss-preload.js'),
    docxBaseline: path.join(outDir, 'docx-baseline-worker.js'),
  };
}
