// `npm run bench`: the benchmark of issue 7. For each size of synthetic ledger it measures, in
// the same run and alternating, the floor (inflate the ledger sheet and one pass over its XML),
// `arsmelding check` and `arsmelding generate`, each as a child process; prints medians, ratios
// to the floor and peak RSS; verifies that every result equals the example's; measures the
// document side against a plain docx build; and writes the table into docs/performance.md.
// Each size is a ledger with the example's texts repeated; 1 000 000 rows also with a text of
// its own in every row (`--texts` chooses otherwise).
//
//   npm run bench [-- --sizes 10000,100000,1000000] [--texts repeated,unique] [--runs 3]
//                 [--only floor,sums,check,generate,doc] [--cli-up-to ROWS] [--timeout 600] [--no-build] [--no-docs]
//
// See docs/performance.md for what is measured and how to read it.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { compileWorkers, type CompiledWorkers } from './compile-workers';
import { baselineInput, parseCheckSummary } from './doc-side';
import { failureOf, measureNode, type Measurement, type MeasureOptions } from './measure';
import {
  formatRows,
  ledgerLabel,
  memoryTargetLine,
  renderMarkdown,
  targetLine,
  writeResultsSection,
  type CommandResult,
  type DocResult,
  type LedgerCommand,
  type Machine,
  type SizeResult,
} from './performance-doc';
import { ensureSyntheticWorkbook, LEDGER_TEXTS, uniqueText, type LedgerTexts, type SyntheticWorkbook } from './synthetic-workbook';

const ROOT = path.resolve(__dirname, '..', '..');
const OUT_DIR = path.join(ROOT, 'bench-output');
const WORK_DIR = path.join(OUT_DIR, 'tmp');
const EXAMPLE = path.join(ROOT, 'examples', 'ikt-indre-namdal-2017.xlsx');
/** The command line as a user runs it: the launcher of the compiled lib/cli. */
const CLI = path.join(ROOT, 'bin', 'arsmelding.js');
const DOC = path.join(ROOT, 'docs', 'performance.md');
/** Freshly generated workbooks up to this size are also read back with exceljs (its full reader). */
const EXCELJS_CHECK_MAX_ROWS = 100_000;
const DOC_SIDE_MIN_RUNS = 5;
/** Without --texts, the ledger of this size is measured a second time with a text of its own in every row. */
const OWN_TEXTS_DEFAULT_ROWS = 1_000_000;

type Part = LedgerCommand | 'doc';
const PARTS: readonly Part[] = ['floor', 'sums', 'check', 'generate', 'doc'];
const LEDGER_COMMANDS: readonly LedgerCommand[] = ['floor', 'sums', 'check', 'generate'];
/** Not the product: the floor and the bare JavaScript sums run on every size and are checked by their counts. */
const isYardstick = (c: LedgerCommand): boolean => c === 'floor' || c === 'sums';

export interface BenchOptions {
  readonly sizes: readonly number[];
  /** The kinds of ledger at every size; null: repeated texts at every size, and a text per row too at 1 000 000 rows. */
  readonly texts: readonly LedgerTexts[] | null;
  readonly runs: number;
  readonly only: ReadonlySet<Part>;
  readonly timeoutSeconds: number;
  readonly build: boolean;
  readonly docs: boolean;
  /** check and generate run only on ledgers up to this many rows (the floor runs on all). */
  readonly cliUpTo: number;
}

const USAGE = 'usage: npm run bench [-- --sizes 10000,100000,1000000] [--texts repeated,unique] [--runs 3] [--only floor,sums,check,generate,doc] [--cli-up-to ROWS] [--timeout 600] [--no-build] [--no-docs]';

function positiveInteger(text: string, option: string): number {
  const n = Number(text.replace(/_/g, ''));
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`--${option}: "${text}" is not a positive whole number`);
  return n;
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  let sizes: number[] = [10_000, 100_000, 1_000_000];
  let texts: LedgerTexts[] | null = null;
  let runs = 3;
  let only = new Set<Part>(PARTS);
  let timeoutSeconds = 600;
  let build = true;
  let docs = true;
  let cliUpTo = Number.MAX_SAFE_INTEGER;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--sizes':
        sizes = value().split(',').map((s) => positiveInteger(s.trim(), 'sizes'));
        break;
      case '--texts': {
        const names = value().split(',').map((s) => s.trim());
        const unknown = names.filter((n) => !LEDGER_TEXTS.includes(n as LedgerTexts));
        if (unknown.length > 0) throw new Error(`--texts: unknown ${unknown.join(', ')} (choose from ${LEDGER_TEXTS.join(', ')})`);
        texts = LEDGER_TEXTS.filter((t) => names.includes(t));
        break;
      }
      case '--runs':
        runs = positiveInteger(value(), 'runs');
        break;
      case '--only': {
        const names = value().split(',').map((s) => s.trim());
        const unknown = names.filter((n) => !PARTS.includes(n as Part));
        if (unknown.length > 0) throw new Error(`--only: unknown ${unknown.join(', ')} (choose from ${PARTS.join(', ')})`);
        only = new Set(names as Part[]);
        break;
      }
      case '--timeout':
        timeoutSeconds = positiveInteger(value(), 'timeout');
        break;
      case '--cli-up-to':
        cliUpTo = positiveInteger(value(), 'cli-up-to');
        break;
      case '--no-build':
        build = false;
        break;
      case '--no-docs':
        docs = false;
        break;
      default:
        throw new Error(`unknown option ${arg}`);
    }
  }
  return { sizes, texts, runs, only, timeoutSeconds, build, docs, cliUpTo };
}

export interface Ledger {
  readonly rows: number;
  readonly texts: LedgerTexts;
}

/** The ledgers to measure, in order: each size with its kinds of text, repeated texts first. */
export function ledgersOf(options: Pick<BenchOptions, 'sizes' | 'texts'>): Ledger[] {
  return options.sizes.flatMap((rows) => {
    const kinds = options.texts ?? (rows === OWN_TEXTS_DEFAULT_ROWS ? LEDGER_TEXTS : ['repeated' as const]);
    return kinds.map((texts) => ({ rows, texts }));
  });
}

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

function buildCli(): void {
  log('== npm run build:cli (tsc -p tsconfig.build.json)');
  const tsc = require.resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('build:cli failed; the benchmark measures the compiled command line in lib/');
}

function machine(): Machine {
  let cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  try {
    const model = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1];
    if (model) cpu = model.trim();
  } catch {
    // not Linux: os.cpus() has it
  }
  const git = (...args: string[]): string => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';
  const sha = git('rev-parse', '--short', 'HEAD') || 'unknown';
  const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
  return {
    cpu,
    cores: os.cpus().length,
    memoryGiB: os.totalmem() / 2 ** 30,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    commit: `${sha}${dirty ? ' (with uncommitted changes)' : ''}`,
  };
}

/** Names, sizes and times of every file under lib/: a rebuild during the run changes it. */
function libFingerprint(): string {
  const parts: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const info = statSync(full);
        parts.push(`${full}:${info.size}:${info.mtimeMs}`);
      }
    }
  };
  walk(path.join(ROOT, 'lib'));
  return parts.sort().join('\n');
}

/** The first place where two JSON values differ, as a path, or null when they are equal. */
export function firstDifference(a: unknown, b: unknown, at = '$'): string | null {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || (a === null) !== (b === null)) return at;
  if (typeof a !== 'object' || a === null || b === null) return a === b ? null : at;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${at}.length`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${at}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) {
    const d = firstDifference(x[key], y[key], `${at}.${key}`);
    if (d) return d;
  }
  return null;
}

interface Reference {
  /** `check --json` on the example workbook, parsed. */
  readonly checkJson: unknown;
  /** The bytes of `generate` on the example workbook. */
  readonly report: Buffer;
}

/** Unmeasured: what every result must equal. Also warms the disk cache for lib/ and node_modules. */
async function reference(measure: MeasureOptions): Promise<Reference> {
  const check = await measureNode(CLI, ['check', EXAMPLE, '--json'], measure);
  const checkFailure = failureOf(check, measure.timeoutSeconds);
  if (checkFailure) throw new Error(`check --json on the example workbook failed: ${checkFailure}\n${check.stderr}`);
  const checkJson: unknown = JSON.parse(check.stdout);
  parseCheckSummary((checkJson as { summary?: unknown }).summary);
  const out = path.join(WORK_DIR, 'reference.docx');
  const generate = await measureNode(CLI, ['generate', EXAMPLE, '--out', out], measure);
  const generateFailure = failureOf(generate, measure.timeoutSeconds);
  if (generateFailure) throw new Error(`generate on the example workbook failed: ${generateFailure}\n${generate.stderr}`);
  return { checkJson, report: readFileSync(out) };
}

/** Why a check run's output is not the example's, or null. */
function checkProblem(m: Measurement, ref: Reference): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(m.stdout);
  } catch {
    return 'check --json printed no JSON';
  }
  const d = firstDifference(parsed, ref.checkJson);
  return d ? `check --json differs from the example's at ${d}` : null;
}

/** Exit status 1 of check or generate: the workbook has errors; the first one, from check's JSON or generate's output. */
function findingsProblem(m: Measurement, file: string): string {
  try {
    const parsed = JSON.parse(m.stdout) as { findings?: { severity?: string; location?: string; message?: string }[] };
    const error = parsed.findings?.find((f) => f.severity === 'error');
    if (error) return `the workbook has errors, first ${error.location}: ${error.message}`;
  } catch {
    // generate prints text: the first ERROR line
  }
  const line = `${m.stdout}\n${m.stderr}`.split('\n').find((l) => l.startsWith('ERROR'));
  return line ? `the workbook has errors, first ${line.slice(0, 200)}` : `errors in ${path.basename(file)}`;
}

/** Why a generated report is not the example's report, or null. */
function reportProblem(file: string, ref: Reference): string | null {
  if (!existsSync(file)) return 'generate wrote no report';
  const bytes = readFileSync(file);
  rmSync(file);
  return bytes.equals(ref.report) ? null : `the report (${bytes.length} bytes) differs from the example's report (${ref.report.length} bytes)`;
}

async function verifyWithExceljs(workbook: SyntheticWorkbook): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(workbook.path);
  const sheet = wb.getWorksheet('Regnskap');
  if (sheet?.rowCount !== workbook.rows + 1) {
    throw new Error(`exceljs reads ${sheet?.rowCount ?? 'no'} rows in sheet Regnskap of ${workbook.path}, not ${workbook.rows + 1}`);
  }
  if (workbook.texts === 'unique') {
    for (const row of [2, workbook.rows + 1]) {
      const text = sheet.getCell(`D${row}`).value;
      if (text !== uniqueText(row)) throw new Error(`exceljs reads "${String(text)}" in Regnskap!D${row} of ${workbook.path}, not "${uniqueText(row)}"`);
    }
  }
}

/** Reads the whole file once, so every measured run finds it in the page cache alike. */
function warmPageCache(file: string): void {
  readFileSync(file);
}

interface CommandState {
  readonly seconds: number[];
  peakRssMiB: number | null;
  failure: string | null;
}

const toResult = (s: CommandState): CommandResult => ({ seconds: s.seconds, peakRssMiB: s.peakRssMiB, failure: s.failure });

/** Commands given up after a timeout or a crash, per kind of ledger: not run again at that size or larger. */
type Abandoned = Record<LedgerTexts, Map<LedgerCommand, string>>;

async function benchSize(
  ledger: Ledger,
  options: BenchOptions,
  workers: CompiledWorkers,
  measure: MeasureOptions,
  ref: Reference,
  abandoned: Abandoned,
): Promise<SizeResult> {
  const { rows, texts } = ledger;
  const label = `[${formatRows(rows)} rows${texts === 'unique' ? ', own text per row' : ''}]`;
  log(`== ${label} workbook`);
  const workbook = await ensureSyntheticWorkbook(rows, EXAMPLE, OUT_DIR, texts);
  log(`${label} ${workbook.generated ? `generated in ${workbook.generatorSeconds?.toFixed(2)} s` : 'from the cache'}: ${workbook.path} ` +
    `(${(workbook.fileBytes / 1e6).toFixed(1)} MB, sheet XML ${(workbook.ledgerXmlBytes / 1e6).toFixed(1)} MB, ` +
    `shared strings XML ${(workbook.sharedStringsXmlBytes / 1e6).toFixed(1)} MB)`);
  if (workbook.generated && rows <= EXCELJS_CHECK_MAX_ROWS) {
    await verifyWithExceljs(workbook);
    log(`${label} exceljs reads it: sheet Regnskap has ${formatRows(rows + 1)} rows${texts === 'unique' ? ', and the first and last row their own texts' : ''}`);
  }
  warmPageCache(workbook.path);

  const commands = LEDGER_COMMANDS.filter((c) => options.only.has(c));
  const skipped = (c: LedgerCommand): string | null =>
    abandoned[texts].get(c) ?? (!isYardstick(c) && rows > options.cliUpTo ? `not run (--cli-up-to ${options.cliUpTo})` : null);
  const states = new Map<LedgerCommand, CommandState>(commands.map((c) => [c, { seconds: [], peakRssMiB: null, failure: skipped(c) }]));
  const problems: string[] = [];
  let verified = 0;
  const out = path.join(WORK_DIR, `report-${texts}-${rows}.docx`);
  for (let run = 1; run <= options.runs; run++) {
    for (const command of commands) {
      const state = states.get(command);
      if (!state || state.failure) continue;
      const m = command === 'floor'
        ? await measureNode(workers.floor, [workbook.path, workbook.ledgerEntry], measure)
        : command === 'sums'
          ? await measureNode(workers.sums, [workbook.path, workbook.ledgerEntry], measure)
          : command === 'check'
          ? await measureNode(CLI, ['check', workbook.path, '--json'], measure)
          : await measureNode(CLI, ['generate', workbook.path, '--out', out], measure);
      if (m.peakRssMiB !== null) state.peakRssMiB = Math.max(state.peakRssMiB ?? 0, m.peakRssMiB);
      const failure = !isYardstick(command) && m.exitCode === 1 && !m.timedOut ? `exit 1, ${findingsProblem(m, workbook.path)}` : failureOf(m, options.timeoutSeconds);
      const rss = m.peakRssMiB === null ? 'RSS unknown' : `${m.peakRssMiB.toFixed(0)} MiB`;
      if (failure) {
        state.failure = failure;
        // The synthetic workbooks have no errors: findings are a wrong result, not only a failed run.
        if (failure.startsWith('exit 1, ')) problems.push(`${command}: ${failure}`);
        log(`${label} run ${run}/${options.runs} ${command}: FAILED after ${m.seconds.toFixed(2)} s, ${rss}: ${failure}`);
        // A larger ledger will not do better, nor one with a text per row: do not wait for it again.
        if (m.timedOut || m.signal || /out of memory/.test(failure)) {
          const reason = `skipped: ${failure} at ${ledgerLabel(ledger)} rows`;
          for (const kind of texts === 'repeated' ? LEDGER_TEXTS : [texts]) abandoned[kind].set(command, reason);
        }
        if (existsSync(out)) rmSync(out);
        continue;
      }
      let problem: string | null = null;
      if (command === 'floor') {
        let counted: { rows?: number; cells?: number } = {};
        try {
          counted = JSON.parse(m.stdout) as typeof counted;
        } catch {
          // counted stays empty: reported below
        }
        if (counted.rows !== rows + 1 || counted.cells !== 8 * (rows + 1)) problem = `the floor counted ${counted.rows} rows and ${counted.cells} cells`;
      } else if (command === 'sums') {
        let summed: { rows?: number; groups?: number } = {};
        try {
          summed = JSON.parse(m.stdout) as typeof summed;
        } catch {
          // summed stays empty: reported below
        }
        if (summed.rows !== rows + 1 || !summed.groups) problem = `the bare sums read ${summed.rows} rows in ${summed.groups} groups`;
      } else {
        problem = command === 'check' ? checkProblem(m, ref) : reportProblem(out, ref);
        if (!problem) verified++;
      }
      if (problem) {
        problems.push(problem);
        state.failure = 'wrong result';
      }
      state.seconds.push(m.seconds);
      log(`${label} run ${run}/${options.runs} ${command}: ${m.seconds.toFixed(3)} s, ${rss}${problem ? `, WRONG: ${problem}` : ''}`);
    }
  }
  const ran = commands.some((c) => !isYardstick(c) && !states.get(c)?.failure?.startsWith('not run'));
  const verdict = problems.length > 0 ? `MISMATCH: ${problems[0]}`
    : verified > 0 ? 'exact'
      : ran ? 'not verified (neither check nor generate finished)' : 'floor only (check and generate not run)';
  return {
    rows,
    texts,
    fileBytes: workbook.fileBytes,
    ledgerXmlBytes: workbook.ledgerXmlBytes,
    sharedStringsXmlBytes: workbook.sharedStringsXmlBytes,
    generatorSeconds: workbook.generatorSeconds,
    commands: Object.fromEntries([...states].map(([c, s]) => [c, toResult(s)])),
    verdict,
  };
}

async function benchDocSide(options: BenchOptions, workers: CompiledWorkers, measure: MeasureOptions, ref: Reference): Promise<DocResult> {
  const runs = Math.max(options.runs, DOC_SIDE_MIN_RUNS);
  log(`== the document side (${runs} runs each)`);
  const input = path.join(WORK_DIR, 'baseline-tables.json');
  writeFileSync(input, JSON.stringify(baselineInput(parseCheckSummary((ref.checkJson as { summary?: unknown }).summary))));
  const generate: CommandState = { seconds: [], peakRssMiB: null, failure: null };
  const baseline: CommandState = { seconds: [], peakRssMiB: null, failure: null };
  const problems: string[] = [];
  const reportOut = path.join(WORK_DIR, 'example-report.docx');
  const baselineOut = path.join(WORK_DIR, 'baseline.docx');
  for (let run = 1; run <= runs; run++) {
    for (const [name, state, script, args] of [
      ['generate', generate, CLI, ['generate', EXAMPLE, '--out', reportOut]],
      ['plain docx', baseline, workers.docxBaseline, [input, baselineOut]],
    ] as const) {
      if (state.failure) continue;
      const m = await measureNode(script, args, measure);
      const failure = failureOf(m, options.timeoutSeconds);
      if (failure) {
        state.failure = failure;
        log(`[doc] run ${run}/${runs} ${name}: FAILED: ${failure}`);
        continue;
      }
      if (m.peakRssMiB !== null) state.peakRssMiB = Math.max(state.peakRssMiB ?? 0, m.peakRssMiB);
      state.seconds.push(m.seconds);
      const problem = state === generate ? reportProblem(reportOut, ref) : existsSync(baselineOut) ? null : 'the plain docx build wrote nothing';
      if (problem) problems.push(problem);
      if (existsSync(baselineOut)) rmSync(baselineOut);
      log(`[doc] run ${run}/${runs} ${name}: ${m.seconds.toFixed(3)} s${problem ? `, WRONG: ${problem}` : ''}`);
    }
  }
  const verdict = problems.length > 0 ? `MISMATCH: ${problems[0]}` : 'every generate run wrote the same bytes as the reference report';
  return { generate: toResult(generate), baseline: toResult(baseline), verdict };
}

export async function runBench(argv: readonly string[]): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseOptions(argv);
  } catch (error) {
    log(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  // Before the build, which loads the machine itself.
  const loadBefore = os.loadavg()[0] ?? 0;
  if (options.build) buildCli();
  else if (!existsSync(path.join(ROOT, 'lib', 'cli', 'main.js'))) throw new Error('lib/cli/main.js is missing: run npm run build:cli (or leave out --no-build)');
  mkdirSync(WORK_DIR, { recursive: true });
  const workers = compileWorkers(path.join(OUT_DIR, 'js'));
  const measure: MeasureOptions = { preload: workers.rssPreload, workDir: WORK_DIR, timeoutSeconds: options.timeoutSeconds, cwd: ROOT };

  const libBefore = libFingerprint();
  log('== the reference: check --json and generate on the example workbook');
  const ref = await reference(measure);

  const sizes: SizeResult[] = [];
  const abandoned: Abandoned = { repeated: new Map(), unique: new Map() };
  if (LEDGER_COMMANDS.some((c) => options.only.has(c))) {
    for (const ledger of ledgersOf(options)) sizes.push(await benchSize(ledger, options, workers, measure, ref, abandoned));
  }
  const doc = options.only.has('doc') ? await benchDocSide(options, workers, measure, ref) : null;

  const command = `npm ci && npm run bench${argv.length > 0 ? ` -- ${argv.join(' ')}` : ''}`;
  const notes: string[] = [];
  if (loadBefore >= 0.5) notes.push(`The 1-minute load average was ${loadBefore.toFixed(2)} when the run began: other work may have shared the machine, so the times may be high and uneven.`);
  if (libFingerprint() !== libBefore) notes.push('**lib/ was rebuilt during the run**: the runs do not all measure the same build of the command line.');
  for (const note of notes) log(`NOTE: ${note}`);
  const markdown = renderMarkdown({ machine: machine(), command, runs: options.runs, sizes, doc, notes });
  process.stdout.write(`\n${markdown}\n`);
  for (const s of sizes) {
    if (s.rows === 1_000_000 && options.only.has('generate')) process.stdout.write(`\n${s.texts === 'unique' ? memoryTargetLine(s) : targetLine(s)}\n`);
  }
  if (options.docs) {
    writeResultsSection(DOC, markdown);
    log(`\nWrote the results into ${path.relative(ROOT, DOC)}`);
  }
  rmSync(WORK_DIR, { recursive: true, force: true });

  const wrong = [...sizes.map((s) => s.verdict), doc?.verdict ?? ''].filter((v) => v.startsWith('MISMATCH'));
  const failed = sizes.flatMap((s) => Object.entries(s.commands)
    .filter(([, r]) => r?.failure && !r.failure.startsWith('not run'))
    .map(([c, r]) => `${ledgerLabel(s)} rows ${c}: ${r?.failure}`));
  if (doc?.generate.failure) failed.push(`doc generate: ${doc.generate.failure}`);
  if (doc?.baseline.failure) failed.push(`doc plain docx: ${doc.baseline.failure}`);
  for (const w of wrong) log(`WRONG RESULT: ${w}`);
  for (const f of failed) log(`FAILED: ${f}`);
  return wrong.length > 0 || failed.length > 0 ? 1 : 0;
}

if (require.main === module) {
  runBench(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      log(`bench: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    },
  );
}
