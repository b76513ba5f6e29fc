// The command-line end of a benchmark worker (floor, bare sums, docx baseline): checks the
// arguments, runs the work, prints its result as JSON (or nothing), and turns a failure into
// one line on stderr and exit status 1.

/** Runs `work` with the worker's arguments when the file is run as a program. */
export function runWorker<T>(label: string, usage: string, count: number, work: (args: readonly string[]) => Promise<T>): void {
  const args = process.argv.slice(2);
  if (args.length < count || args.slice(0, count).some((a) => a === '')) {
    process.stderr.write(`usage: ${usage}\n`);
    process.exitCode = 2;
    return;
  }
  work(args).then(
    (result) => {
      if (result !== undefined) process.stdout.write(`${JSON.stringify(result)}\n`);
    },
    (error: unknown) => {
      process.stderr.write(`${label}: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
