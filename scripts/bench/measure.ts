// Runs one measured child process: wall time from spawn to exit (Node's start included), peak
// RSS through the preload, stdout and stderr, and a timeout after which the child is killed.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import * as path from 'node:path';

/** The variable that tells rss-preload.ts where to write the peak RSS. */
export const RSS_FILE_VARIABLE = 'BENCH_RSS_FILE';

export interface Measurement {
  readonly seconds: number;
  /** Peak resident set size in MiB, or null when the child was killed before it could tell. */
  readonly peakRssMiB: number | null;
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly timedOut: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

export interface MeasureOptions {
  readonly preload: string;
  readonly workDir: string;
  readonly timeoutSeconds: number;
  readonly cwd: string;
}

let sequence = 0;

/** Runs `node --require <preload> <script> <args…>` and measures it. Never rejects on the child's failure. */
export function measureNode(script: string, args: readonly string[], options: MeasureOptions): Promise<Measurement> {
  const rssFile = path.join(options.workDir, `rss-${process.pid}-${++sequence}.txt`);
  if (existsSync(rssFile)) unlinkSync(rssFile);
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--require', options.preload, script, ...args], {
      cwd: options.cwd,
      env: { ...process.env, [RSS_FILE_VARIABLE]: rssFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutSeconds * 1000);
    let seconds = 0;
    child.on('exit', () => {
      seconds = Number(process.hrtime.bigint() - started) / 1e9;
      clearTimeout(timer);
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (exitCode, signal) => {
      let peakRssMiB: number | null = null;
      if (existsSync(rssFile)) {
        peakRssMiB = Number(readFileSync(rssFile, 'utf8')) / 1024;
        unlinkSync(rssFile);
      }
      resolve({
        seconds,
        peakRssMiB,
        exitCode,
        signal,
        timedOut,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

/** One line on why a run failed, or null when it exited with status 0. */
export function failureOf(m: Measurement, timeoutSeconds: number): string | null {
  if (m.timedOut) return `timeout (killed after ${timeoutSeconds} s)`;
  if (m.signal) return `killed by ${m.signal}${m.signal === 'SIGKILL' ? ' (out of memory?)' : ''}`;
  if (m.exitCode !== 0) {
    const oom = /heap out of memory|Allocation failed/i.test(m.stderr) ? ', JavaScript heap out of memory' : '';
    const last = m.stderr.trim().split('\n').slice(-1)[0] ?? '';
    return `exit ${m.exitCode}${oom}${last && !oom ? `: ${last.slice(0, 160)}` : ''}`;
  }
  return null;
}
