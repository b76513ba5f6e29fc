import { rawWorkbook, smallSheets, type SheetRows } from '../../../test/helpers/raw-workbook-builder';
import { analyseWorkbook } from '../pipeline';
import { subtotalMismatch } from './subtotal-mismatch';

const run = (sheets: Record<string, SheetRows>) => analyseWorkbook(rawWorkbook(sheets));
const findingsOf = (sheets: Record<string, SheetRows>) => run(sheets).findings.filter((f) => f.code === subtotalMismatch.code);

/** The small ledger with a subtotal after each ansvar and a grand total (rows 4, 7 and 8). */
function withSubtotals(): Record<string, SheetRows> {
  const sheets = smallSheets();
  const [header, r1, r2, r3, r4] = sheets.Regnskap!;
  sheets.Regnskap = [
    header!, r1!, r2!,
    ['Sum 1000', null, null, -9999.5, 0],
    r3!, r4!,
    ['Sum 1100', null, null, -10000, 0],
    ['Total', null, null, -19999.5, 0],
  ];
  return sheets;
}

describe('subtotal-mismatch', () => {
  it('is silent on the valid small workbook', () => {
    expect(findingsOf(smallSheets())).toEqual([]);
  });

  it('is silent when the subtotals and the grand total agree, and leaves them out of the figures', () => {
    const analysis = run(withSubtotals());
    expect(analysis.findings).toEqual([]);
    expect(analysis.figures.resultat).toBe(1999950n);
    expect(analysis.model.ledger.flatMap((l) => l.rows)).toEqual([2, 3, 5, 6]);
  });

  it('accepts a "Sum" row that agrees with the rows above it', () => {
    const sheets = smallSheets();
    sheets.Regnskap!.push(['Sum', null, null, -19999.5, 0]);
    expect(findingsOf(sheets)).toEqual([]);
  });

  it('reports a subtotal that disagrees with the rows since the previous one, at the amount cell', () => {
    const sheets = withSubtotals();
    sheets.Regnskap![3]![3] = -9999;
    const analysis = run(sheets);
    const findings = analysis.findings.filter((f) => f.code === subtotalMismatch.code);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.severity).toBe('error');
    expect(finding?.location).toEqual({ sheet: 'Regnskap', cell: 'D4' });
    expect(finding?.message).toBe('Summeringsraden viser -9 999,00 i Regnskap, men radene over gir -9 999,50.');
    expect(finding?.hint).not.toBe('');
    expect(analysis.ok).toBe(false);
    // the figures still come from the rows, not from the subtotal
    expect(analysis.figures.resultat).toBe(1999950n);
  });

  it('reports a wrong grand total with the sum of all the rows above it', () => {
    const sheets = withSubtotals();
    sheets.Regnskap![7]![3] = -20000;
    const [finding, ...rest] = findingsOf(sheets);
    expect(rest).toEqual([]);
    expect(finding?.location).toEqual({ sheet: 'Regnskap', cell: 'D8' });
    expect(finding?.message).toContain('-20 000,00');
    expect(finding?.message).toContain('-19 999,50');
  });

  it('checks each amount column of the subtotal row', () => {
    const sheets = withSubtotals();
    sheets.Regnskap![6]![4] = 100;
    const [finding, ...rest] = findingsOf(sheets);
    expect(rest).toEqual([]);
    expect(finding?.location).toEqual({ sheet: 'Regnskap', cell: 'E7' });
    expect(finding?.message).toContain('Regulert budsjett');
  });

  it('checks subtotals on the Fond sheet too', () => {
    const sheets = smallSheets();
    sheets.Fond!.push(['Sum fond', null, 105000, 0, 0, 105001]);
    const [finding, ...rest] = findingsOf(sheets);
    expect(rest).toEqual([]);
    expect(finding?.location).toEqual({ sheet: 'Fond', cell: 'F4' });
    expect(finding?.message).toContain('Utgående balanse');
  });

  it('does not take a row whose first word only begins with "Sum" as a subtotal', () => {
    const sheets = smallSheets();
    sheets.Ansvar!.push([1200, 'Summert drift', null, null]);
    const analysis = run(sheets);
    expect(analysis.model.ansvar.map((a) => a.code)).toContain('1200');
  });
});

describe('subtotal-mismatch messages', () => {
  it('gives both sums for a wrong subtotal after an earlier subtotal', () => {
    const sheets = withSubtotals();
    sheets.Regnskap![6]![3] = -1;
    const [finding] = findingsOf(sheets);
    expect(finding?.location).toEqual({ sheet: 'Regnskap', cell: 'D7' });
    expect(finding?.message).toBe(
      'Summeringsraden viser -1,00 i Regnskap, men radene siden forrige summeringsrad gir -10 000,00, og alle radene over gir -19 999,50.');
  });
});

describe('subtotal-mismatch after an unreadable amount', () => {
  it('does not compare a column whose rows above hold an unreadable amount (invalid-amount reports it)', async () => {
    const { rawWorkbook, smallSheets } = await import('../../../test/helpers/raw-workbook-builder');
    const { analyseWorkbook } = await import('../pipeline');
    const sheets = smallSheets();
    sheets.Regnskap!.splice(3, 0, ['Sum ansvar 1000', null, null, -9999.5, 0]);
    expect(analyseWorkbook(rawWorkbook(sheets)).findings).toEqual([]);
    sheets.Regnskap![1]![3] = '50 000,50';
    const codes = analyseWorkbook(rawWorkbook(sheets)).findings.map((f) => f.code);
    expect(codes).toContain('invalid-amount');
    expect(codes).not.toContain('subtotal-mismatch');
  });
});
