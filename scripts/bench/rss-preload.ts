// Preloaded into every measured child process (`node --require rss-preload.js …`): when the
// process exits, it writes its peak resident set size in KiB (process.resourceUsage().maxRSS,
// getrusage's ru_maxrss) to the file named by BENCH_RSS_FILE. A process that is killed (a
// timeout, the kernel's OOM killer) writes nothing, and the benchmark says so.

import { writeFileSync } from 'node:fs';

/** Set by measure.ts (RSS_FILE_VARIABLE). */
const target = process.env.BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    writeFileSync(target, String(process.resourceUsage().maxRSS));
  });
}
