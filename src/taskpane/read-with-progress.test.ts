import { createExcelDouble } from '../../test/office-double/excel-double';
import { largeLedger } from '../../test/office-double/large-ledger';
import { analyseSource } from '../core/pipeline';
import { stringsFor } from './i18n';
import { afterPaint, readWithProgress } from './read-with-progress';

const NB = stringsFor('nb-NO');
const oppsett = { name: 'Oppsett', rows: [[{ value: 'Selskap', type: 'String' as const }, { value: 'IKT', type: 'String' as const }]] };

describe('readWithProgress: the status line while the task pane reads the workbook', () => {
  it('shows one line per chunk of a large ledger, then that the checks are running', async () => {
    const double = createExcelDouble({ sheets: [oppsett, largeLedger({ rows: 20_000 })] });
    const lines: string[] = [];
    const raw = await readWithProgress(double, NB, (text) => lines.push(text)).read();
    expect(raw.sheets.map((sheet) => [sheet.name, sheet.rows.length])).toEqual([['Oppsett', 1], ['Regnskap', 20_000]]);

    const ledgerSyncs = double.syncLog.filter((sync) => sync.sheets.includes('Regnskap'));
    const ledgerLines = lines.filter((line) => line.startsWith('Leser Regnskap'));
    expect(ledgerSyncs.length).toBeGreaterThan(5);
    expect(ledgerLines).toHaveLength(ledgerSyncs.length);
    expect(lines).toEqual([
      'Kontrollerer …',
      'Leser Oppsett: 1 av 1 rad',
      'Leser Regnskap: 125 av 20\u00a0000 rader',
      'Leser Regnskap: 375 av 20\u00a0000 rader',
      'Leser Regnskap: 875 av 20\u00a0000 rader',
      'Leser Regnskap: 1\u00a0875 av 20\u00a0000 rader',
      'Leser Regnskap: 3\u00a0875 av 20\u00a0000 rader',
      'Leser Regnskap: 7\u00a0875 av 20\u00a0000 rader',
      'Leser Regnskap: 15\u00a0375 av 20\u00a0000 rader',
      'Leser Regnskap: 20\u00a0000 av 20\u00a0000 rader',
      'Kontrollerer …',
    ]);
  });

  it('says the checks are running only when a streamed ledger is read to its end', async () => {
    const double = createExcelDouble({ sheets: [oppsett, largeLedger({ rows: 2_000 })] });
    const lines: string[] = [];
    const source = readWithProgress(double, NB, (text) => lines.push(text), { streamLedgerFromCells: 1 });
    const raw = await source.read();
    const ledger = raw.sheets[1];
    expect(ledger?.rows).toEqual([]);
    expect(lines.at(-1)).toBe('Leser Oppsett: 1 av 1 rad');
    await analyseSource({ read: async () => raw });
    expect(lines.slice(-2)).toEqual(['Leser Regnskap: 2\u00a0000 av 2\u00a0000 rader', 'Kontrollerer …']);
  });

  it('speaks English when Office does', async () => {
    const double = createExcelDouble({ sheets: [largeLedger({ rows: 1200 })] });
    const lines: string[] = [];
    await readWithProgress(double, stringsFor('en-US'), (text) => lines.push(text)).read();
    expect(lines).toEqual(['Checking …', 'Reading Regnskap: 125 of 1,200 rows', 'Reading Regnskap: 375 of 1,200 rows', 'Reading Regnskap: 875 of 1,200 rows', 'Reading Regnskap: 1,200 of 1,200 rows', 'Checking …']);
  });

  it('lets the page paint before the checks: afterPaint resolves also where no frames come', async () => {
    await expect(afterPaint()).resolves.toBeUndefined();
  });
});
