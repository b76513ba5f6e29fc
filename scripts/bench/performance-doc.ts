// The results as markdown, and their place in docs/performance.md: between the markers below,
// so the hand-written rest of the page stays as it is.

import { readFileSync, writeFileSync } from 'node:fs';
import type { LedgerTexts } from './synthetic-workbook';

export const START_MARKER = '<!-- bench:start -->';
export const END_MARKER = '<!-- bench:end -->';

export type LedgerCommand = 'floor' | 'sums' | 'check' | 'generate';

export interface CommandResult {
  /** Seconds of each run that succeeded, in order. */
  readonly seconds: readonly number[];
  /** The highest peak RSS over the runs, in MiB (null when no run could report it). */
  readonly peakRssMiB: number | null;
  /** Why the command failed or was skipped, or null. */
  readonly failure: string | null;
}

export interface SizeResult {
  readonly rows: number;
  /** The example's texts repeated, or a text of its own in every ledger row (as shared strings). */
  readonly texts: LedgerTexts;
  readonly fileBytes: number;
  readonly ledgerXmlBytes: number;
  /** Unpacked size of xl/sharedStrings.xml, which the floor and the bare sums do not read. */
  readonly sharedStringsXmlBytes: number;
  /** Seconds the generator took to write the workbook (when it was made, possibly in an earlier run). */
  readonly generatorSeconds: number | null;
  readonly commands: Partial<Record<LedgerCommand, CommandResult>>;
  /** "exact", or what was wrong. */
  readonly verdict: string;
}

export interface DocResult {
  readonly generate: CommandResult;
  readonly baseline: CommandResult;
  readonly verdict: string;
}

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly os: string;
  readonly date: string;
  readonly commit: string;
}

export interface BenchReport {
  readonly machine: Machine;
  readonly command: string;
  readonly runs: number;
  readonly sizes: readonly SizeResult[];
  readonly doc: DocResult | null;
  /** Things that make the numbers less trustworthy (a busy machine, a rebuild during the run). */
  readonly notes: readonly string[];
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export const formatRows = (n: number): string => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
/** The ledger as the tables name it: `1 000 000`, or `1 000 000 (own text per row)`. */
export const ledgerLabel = (s: Pick<SizeResult, 'rows' | 'texts'>): string => `${formatRows(s.rows)}${s.texts === 'unique' ? ' (own text per row)' : ''}`;
const seconds = (s: number): string => (s < 1 ? s.toFixed(3) : s.toFixed(2));
const megabytes = (bytes: number): string => (bytes / 1e6).toFixed(1);
const mib = (value: number | null | undefined): string => (value === null || value === undefined ? '–' : value.toFixed(0));

/** The median of a command as a table cell: its seconds, or why there is none. */
export function medianCell(result: CommandResult | undefined): string {
  if (!result) return 'not run';
  const m = median(result.seconds);
  if (m === null) return result.failure ?? 'no runs';
  return result.failure ? `${seconds(m)} (${result.failure})` : seconds(m);
}

/** The ratio of a command's median to the floor's median, as `12.3×`. */
export function ratioCell(result: CommandResult | undefined, floor: CommandResult | undefined): string {
  const m = result ? median(result.seconds) : null;
  const f = floor ? median(floor.seconds) : null;
  return m === null || f === null || f === 0 ? '–' : `${(m / f).toFixed(1)}×`;
}

/** The target of issue 7 at 1 000 000 rows: generate within 3× the floor (median) and under 512 MiB. */
export function targetLine(size: SizeResult): string {
  const generate = size.commands.generate;
  const g = generate ? median(generate.seconds) : null;
  const f = size.commands.floor ? median(size.commands.floor.seconds) : null;
  if (g === null || f === null) return `${formatRows(size.rows)} rows: target not measured (floor and generate both needed).`;
  const ratio = g / f;
  const rss = generate?.peakRssMiB ?? null;
  const met = ratio <= 3 && rss !== null && rss < 512 && size.verdict === 'exact';
  return `${formatRows(size.rows)} rows: generate ${seconds(g)} s = ${ratio.toFixed(1)}× the floor (target ≤ 3×), ` +
    `peak RSS ${mib(rss)} MiB (target < 512 MiB), result ${size.verdict}: target **${met ? 'met' : 'not met'}**.`;
}

/**
 * The memory half of the target on the ledger with a text of its own in every row, where the
 * shared strings grow with the rows: generate under 512 MiB peak RSS, with the exact result.
 */
export function memoryTargetLine(size: SizeResult): string {
  const name = `${formatRows(size.rows)} rows with a text of its own in every row`;
  const generate = size.commands.generate;
  const rss = generate?.peakRssMiB ?? null;
  if (!generate || generate.seconds.length === 0 || rss === null) return `${name}: memory target not measured (generate needed).`;
  const check = size.commands.check?.peakRssMiB;
  const met = rss < 512 && size.verdict === 'exact';
  return `${name}: generate peak RSS ${mib(rss)} MiB (target < 512 MiB${check === null || check === undefined ? '' : `; check ${mib(check)} MiB`}), ` +
    `result ${size.verdict}: memory target **${met ? 'met' : 'not met'}**.`;
}

export function renderMarkdown(report: BenchReport): string {
  const m = report.machine;
  const lines: string[] = [
    `Measured ${m.date} on ${m.cpu}, ${m.cores} cores, ${m.memoryGiB.toFixed(0)} GiB memory, Node ${m.node}, ${m.os}; commit ${m.commit}.`,
    '',
    'Reproduce with:',
    '',
    '```sh',
    report.command,
    '```',
    '',
    ...report.notes.flatMap((note) => [`> ${note}`, '']),
    `Medians of ${report.runs} run${report.runs === 1 ? '' : 's'} per command, alternating floor, bare sums, check, generate; seconds of wall time per child process, Node's start included.`,
    '',
    '| ledger rows | workbook MB | sheet XML MB | generator s | floor s | bare sums s | sums × floor | check s | check × floor | generate s | generate × floor | peak RSS MiB floor / check / generate | result |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const s of report.sizes) {
    const c = s.commands;
    lines.push(`| ${ledgerLabel(s)} | ${megabytes(s.fileBytes)} | ${megabytes(s.ledgerXmlBytes)} | ${s.generatorSeconds === null ? '–' : seconds(s.generatorSeconds)} | ` +
      `${medianCell(c.floor)} | ${medianCell(c.sums)} | ${ratioCell(c.sums, c.floor)} | ${medianCell(c.check)} | ${ratioCell(c.check, c.floor)} | ${medianCell(c.generate)} | ${ratioCell(c.generate, c.floor)} | ` +
      `${mib(c.floor?.peakRssMiB)} / ${mib(c.check?.peakRssMiB)} / ${mib(c.generate?.peakRssMiB)} | ${s.verdict} |`);
  }
  for (const s of report.sizes.filter((x) => x.texts === 'unique')) {
    lines.push('', `${ledgerLabel(s)}: the row texts are ${formatRows(s.rows)} more shared strings, ${megabytes(s.sharedStringsXmlBytes)} MB of XML in ` +
      'xl/sharedStrings.xml, which check and generate read and the floor and the bare sums do not (they read only the sheet).');
  }
  const largest = report.sizes.find((s) => s.rows === 1_000_000 && s.texts === 'repeated');
  if (largest) lines.push('', `Target: ${targetLine(largest)}`);
  const ownTexts = report.sizes.find((s) => s.rows === 1_000_000 && s.texts === 'unique');
  if (ownTexts) lines.push('', `Memory target: ${memoryTargetLine(ownTexts)}`);

  lines.push('', 'Every run, in seconds:', '', '| ledger rows | floor | bare sums | check | generate |', '|---:|---|---|---|---|');
  for (const s of report.sizes) {
    const runs = (r: CommandResult | undefined): string => (r && r.seconds.length > 0 ? r.seconds.map(seconds).join(', ') : '–');
    lines.push(`| ${ledgerLabel(s)} | ${runs(s.commands.floor)} | ${runs(s.commands.sums)} | ${runs(s.commands.check)} | ${runs(s.commands.generate)} |`);
  }

  if (report.doc) {
    const d = report.doc;
    const baseline = median(d.baseline.seconds);
    const generate = median(d.generate.seconds);
    const ratio = baseline !== null && generate !== null && baseline > 0 ? `${(generate / baseline).toFixed(1)}×` : '–';
    lines.push(
      '',
      `The document side (${d.generate.seconds.length} runs each, alternating; child processes, Node's start included):`,
      '',
      '| | median s | × plain docx | peak RSS MiB | runs (s) |',
      '|---|---:|---:|---:|---|',
      `| \`generate\` on the example workbook, default template | ${medianCell(d.generate)} | ${ratio} | ${mib(d.generate.peakRssMiB)} | ${d.generate.seconds.map(seconds).join(', ')} |`,
      `| plain \`docx\` build of the ansvar and fund tables | ${medianCell(d.baseline)} | 1.0× | ${mib(d.baseline.peakRssMiB)} | ${d.baseline.seconds.map(seconds).join(', ')} |`,
      '',
      `Report: ${d.verdict}.`,
    );
  }
  return lines.join('\n');
}

/** Replaces the text between the markers of `file` with `markdown`; throws when the markers are missing. */
export function writeResultsSection(file: string, markdown: string): void {
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(START_MARKER);
  const end = text.indexOf(END_MARKER);
  if (start < 0 || end < start) throw new Error(`${file} has no ${START_MARKER} … ${END_MARKER} section to write the results into`);
  writeFileSync(file, `${text.slice(0, start + START_MARKER.length)}\n${markdown}\n${text.slice(end)}`);
}
