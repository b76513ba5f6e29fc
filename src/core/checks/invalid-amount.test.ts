import { rawWorkbook, smallSheets, type CellInput, type SheetRows } from '../../../test/helpers/raw-workbook-builder';
import { analyseWorkbook } from '../pipeline';
import { invalidAmount } from './invalid-amount';

const run = (sheets: Record<string, SheetRows>) => analyseWorkbook(rawWorkbook(sheets));
const findingsOf = (sheets: Record<string, SheetRows>) => run(sheets).findings.filter((f) => f.code === invalidAmount.code);

/** smallSheets() with Regnskap!D3 (the actual amount of the second ledger row) replaced. */
function withRegnskapD3(value: CellInput) {
  const sheets = smallSheets();
  sheets.Regnskap![2]![3] = value;
  return sheets;
}

describe('invalid-amount', () => {
  it('is silent on the valid small workbook', () => {
    expect(findingsOf(smallSheets())).toEqual([]);
  });

  it('reports text in an amount cell as an error at that cell', () => {
    const analysis = run(withRegnskapD3('seksti tusen'));
    const findings = analysis.findings.filter((f) => f.code === invalidAmount.code);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.severity).toBe('error');
    expect(finding?.location).toEqual({ sheet: 'Regnskap', cell: 'D3' });
    expect(finding?.message).toContain('Regnskap i D3');
    expect(finding?.message).toContain('«seksti tusen»');
    expect(finding?.hint).not.toBe('');
    expect(analysis.ok).toBe(false);
    // never guessed, never read as 0: the row is not in the model
    expect(analysis.model.ledger.flatMap((l) => l.rows)).not.toContain(3);
  });

  it.each([
    ['12 000,50', '12 000,50'],
    ['12\u00a0000,50', '12\u00a0000,50'],
    ['\u221212 000,50', '\u221212 000,50'],
    ['-60000', '-60000'],
  ])('reports the number stored as text %j and says so in the hint', (text, shown) => {
    const [finding, ...rest] = findingsOf(withRegnskapD3(text));
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('error');
    expect(finding?.location).toEqual({ sheet: 'Regnskap', cell: 'D3' });
    expect(finding?.message).toContain(`«${shown}»`);
    expect(finding?.hint).toContain('lagret som tekst');
  });

  it.each(['#REF!', '#DIV/0!', '#N/A', '#VALUE!'])('reports the error value %s', (code) => {
    const [finding, ...rest] = findingsOf(withRegnskapD3({ kind: 'error', code }));
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('error');
    expect(finding?.location).toEqual({ sheet: 'Regnskap', cell: 'D3' });
    expect(finding?.message).toContain(`feilverdien ${code}`);
    expect(finding?.hint).not.toBe('');
  });

  it('reports a date', () => {
    const [finding, ...rest] = findingsOf(withRegnskapD3({ kind: 'date', iso: '2017-01-01T00:00:00.000Z' }));
    expect(rest).toEqual([]);
    expect(finding?.location).toEqual({ sheet: 'Regnskap', cell: 'D3' });
    expect(finding?.message).toContain('datoen 2017-01-01');
    expect(finding?.hint).toContain('dato');
  });

  it('reports a boolean', () => {
    const [finding, ...rest] = findingsOf(withRegnskapD3(true));
    expect(rest).toEqual([]);
    expect(finding?.location).toEqual({ sheet: 'Regnskap', cell: 'D3' });
    expect(finding?.message).toContain('SANN');
    expect(finding?.hint).not.toBe('');
  });

  it('reports a formula without a cached result', () => {
    const [finding, ...rest] = findingsOf(withRegnskapD3({ kind: 'no-cached-result', formula: 'SUM(D2:D3)' }));
    expect(rest).toEqual([]);
    expect(finding?.location).toEqual({ sheet: 'Regnskap', cell: 'D3' });
    expect(finding?.message).toContain('=SUM(D2:D3)');
    expect(finding?.hint).toContain('lagre');
  });

  it('reports an amount with more than two decimals instead of rounding it', () => {
    const [finding, ...rest] = findingsOf(withRegnskapD3(1.005));
    expect(rest).toEqual([]);
    expect(finding?.location).toEqual({ sheet: 'Regnskap', cell: 'D3' });
    expect(finding?.message).toContain('1,005');
    expect(finding?.hint).toContain('to desimaler');
  });

  it('accepts binary noise from float arithmetic (0.1 + 0.2 style)', () => {
    const sheets = smallSheets();
    sheets.Regnskap![1]![3] = 50000.50000000001;
    sheets.Regnskap![3]![3] = 0.1 + 0.2 + 29999.7; // 30000.000000000004 or so
    const analysis = run(sheets);
    expect(analysis.findings.filter((f) => f.code === invalidAmount.code)).toEqual([]);
    expect(analysis.figures.ansvar.map((a) => a.regnskap)).toEqual([-999950n, -1000000n]);
  });

  it('reads an empty optional amount as 0 without a finding', () => {
    const sheets = smallSheets();
    sheets.Fond![1]![3] = null; // Avsetning
    sheets.Fond![1]![4] = null; // Bruk
    expect(findingsOf(sheets)).toEqual([]);
  });

  it('reports bad amounts on the other sheets too, at their cells', () => {
    const sheets = smallSheets();
    sheets.Regnskap![1]![4] = '60 000'; // Regulert budsjett
    sheets.Fond![2]![2] = { kind: 'error', code: '#REF!' }; // Inngående balanse
    sheets['Vedtatte avsetninger']![1]![1] = 'fem tusen'; // Beløp
    const findings = findingsOf(sheets);
    expect(findings.map((f) => [f.location, f.message.split(':')[0]])).toEqual([
      [{ sheet: 'Regnskap', cell: 'E2' }, 'Regulert budsjett i E2 er ikke et beløp'],
      [{ sheet: 'Fond', cell: 'C3' }, 'Inngående balanse i C3 er ikke et beløp'],
      [{ sheet: 'Vedtatte avsetninger', cell: 'B2' }, 'Beløp i B2 er ikke et beløp'],
    ]);
  });
});
