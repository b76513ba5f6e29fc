/** What the command line is doing, for a person watching a long run. */
export interface Progress {
  /** A new phase: "Leser arbeidsboken", "Lager dokumentet". */
  phase(text: string): void;
  /** Rows of a sheet read so far. */
  rows(sheet: string, rows: number): void;
  /** The run is over: the line is cleared. */
  done(): void;
}

export const NO_PROGRESS: Progress = { phase: () => undefined, rows: () => undefined, done: () => undefined };

export interface Terminal {
  readonly isTTY: boolean;
  write(text: string): void;
}

const grouped = (n: number): string => n.toLocaleString('nb-NO');

/**
 * Progress as one line on a terminal, rewritten in place (carriage return, clear to end of
 * line), shown only once the run has taken `delayMs` (a second): short runs print nothing, and
 * nothing at all is printed when stderr is not a terminal (a pipe, a file, CI), so scripts and
 * tests see only the findings. `now` is the clock in milliseconds.
 */
export function terminalProgress(terminal: Terminal, now: () => number, delayMs = 1000): Progress {
  if (!terminal.isTTY) return NO_PROGRESS;
  const start = now();
  let line = '';
  let shown = false;
  const show = (): void => {
    if (line === '' || now() - start < delayMs) return;
    terminal.write(`\r\x1b[K${line}`);
    shown = true;
  };
  const timer = setTimeout(show, delayMs);
  timer.unref();
  return {
    phase(text) {
      line = `${text} …`;
      show();
    },
    rows(sheet, rows) {
      line = `Leser arket ${sheet}: ${grouped(rows)} rader …`;
      show();
    },
    done() {
      clearTimeout(timer);
      if (shown) terminal.write('\r\x1b[K');
      shown = false;
      line = '';
    },
  };
}
