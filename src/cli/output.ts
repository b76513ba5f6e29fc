import { terminalProgress, type Progress } from './progress';

/** Where the command line writes; tests pass their own. */
export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Progress of a long run; none when not given (tests). */
  readonly progress?: () => Progress;
}

export const processOutput: Output = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  progress: () => terminalProgress({ isTTY: process.stderr.isTTY === true, write: (text) => process.stderr.write(text) }, () => Date.now()),
};
