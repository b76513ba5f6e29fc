import { terminalProgress, type Terminal } from './progress';

function terminal(isTTY: boolean): Terminal & { written: string[] } {
  const written: string[] = [];
  return { isTTY, written, write: (text) => written.push(text) };
}

describe('terminalProgress', () => {
  it('prints nothing when stderr is not a terminal', () => {
    const t = terminal(false);
    let clock = 0;
    const progress = terminalProgress(t, () => clock);
    clock = 5000;
    progress.phase('Leser arbeidsboken');
    progress.rows('Regnskap', 50_000);
    progress.done();
    expect(t.written).toEqual([]);
  });

  it('stays quiet for the first second, then rewrites one line and clears it at the end', () => {
    const t = terminal(true);
    let clock = 0;
    const progress = terminalProgress(t, () => clock);
    progress.phase('Leser arbeidsboken');
    clock = 999;
    progress.rows('Regnskap', 50_000);
    expect(t.written).toEqual([]);
    clock = 1200;
    progress.rows('Regnskap', 100_000);
    progress.phase('Lager dokumentet');
    progress.done();
    expect(t.written).toEqual([
      '\r\x1b[KLeser arket Regnskap: 100\u00a0000 rader …',
      '\r\x1b[KLager dokumentet …',
      '\r\x1b[K',
    ]);
  });

  it('leaves nothing behind after a short run', () => {
    const t = terminal(true);
    const progress = terminalProgress(t, () => 0);
    progress.phase('Leser arbeidsboken');
    progress.done();
    expect(t.written).toEqual([]);
  });
});
