import { rawWorkbook, smallSheets, type SheetRows } from '../../../test/helpers/raw-workbook-builder';
import { analyseWorkbook } from '../pipeline';
import { invalidCode } from './invalid-code';

const run = (sheets: Record<string, SheetRows>) => analyseWorkbook(rawWorkbook(sheets));
const findingsOf = (sheets: Record<string, SheetRows>) => run(sheets).findings.filter((f) => f.code === invalidCode.code);

describe('invalid-code', () => {
  it('is silent on the valid small workbook', () => {
    expect(findingsOf(smallSheets())).toEqual([]);
  });

  it('reports a code that is not all digits at its cell', () => {
    const sheets = smallSheets();
    sheets.Regnskap![2]![0] = '10A0';
    const analysis = run(sheets);
    const findings = analysis.findings.filter((f) => f.code === invalidCode.code);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.severity).toBe('error');
    expect(finding?.location).toEqual({ sheet: 'Regnskap', cell: 'A3' });
    expect(finding?.message).toContain('Ansvar i A3');
    expect(finding?.message).toContain('«10A0»');
    expect(finding?.hint).toContain('sifre');
    expect(analysis.ok).toBe(false);
  });

  it('reports a decimal number as a code', () => {
    const sheets = smallSheets();
    sheets.Ansvar![1]![0] = 1000.5;
    const [finding, ...rest] = findingsOf(sheets);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('error');
    expect(finding?.location).toEqual({ sheet: 'Ansvar', cell: 'A2' });
    expect(finding?.message).toContain('tallet 1000,5');
    expect(finding?.hint).not.toBe('');
  });

  it('reports a blank required code at the empty cell', () => {
    const sheets = smallSheets();
    sheets.Regnskap![3]![1] = null; // Art of row 4
    const [finding, ...rest] = findingsOf(sheets);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('error');
    expect(finding?.location).toEqual({ sheet: 'Regnskap', cell: 'B4' });
    expect(finding?.message).toBe('Art mangler på rad 4 på arket Regnskap.');
    expect(finding?.hint).not.toBe('');
  });

  it('reports a blank ansvar on the Ansvar sheet', () => {
    const sheets = smallSheets();
    sheets.Ansvar![2]![0] = '  ';
    const [finding, ...rest] = findingsOf(sheets);
    expect(rest).toEqual([]);
    expect(finding?.location).toEqual({ sheet: 'Ansvar', cell: 'A3' });
    expect(finding?.message).toContain('Ansvar mangler på rad 3');
  });

  it('reports an art with two digits', () => {
    const sheets = smallSheets();
    sheets.Regnskap![2]![1] = '12';
    const [finding, ...rest] = findingsOf(sheets);
    expect(rest).toEqual([]);
    expect(finding?.location).toEqual({ sheet: 'Regnskap', cell: 'B3' });
    expect(finding?.message).toContain('Art i B3');
    expect(finding?.message).toContain('«12»');
    expect(finding?.hint).toBe('Art skal ha 3–6 sifre.');
  });

  it('reports an art with seven digits', () => {
    const sheets = smallSheets();
    sheets.Regnskap![2]![1] = 1750012;
    const [finding, ...rest] = findingsOf(sheets);
    expect(rest).toEqual([]);
    expect(finding?.location).toEqual({ sheet: 'Regnskap', cell: 'B3' });
    expect(finding?.message).toContain('tallet 1750012');
    expect(finding?.hint).toBe('Art skal ha 3–6 sifre.');
  });

  it('reads the number art 10 as 010 and accepts it', () => {
    const sheets = smallSheets();
    sheets.Regnskap![1]![1] = 10;
    const analysis = run(sheets);
    expect(analysis.findings.filter((f) => f.code === invalidCode.code)).toEqual([]);
    expect(analysis.model.ledger[0]?.art).toBe('010');
    // art 010 is an expense: the ansvar's gross expense budget is unchanged
    expect(analysis.figures.ansvar[0]?.bruttoUtgiftsbudsjett).toBe(6000000n);
  });

  it('treats 1000 and "1000" as the same code', () => {
    const sheets = smallSheets();
    sheets.Regnskap![1]![0] = '1000';
    sheets.Regnskap![2]![0] = ' 1000 ';
    const analysis = run(sheets);
    expect(analysis.findings).toEqual([]);
  });

  it('reports a funksjon with the wrong number of digits and a bad fond code', () => {
    const sheets = smallSheets();
    sheets.Regnskap![1]![2] = 1200;
    sheets.Ansvar![2]![2] = '2569-0002';
    const findings = findingsOf(sheets);
    expect(findings.map((f) => [f.location, f.hint])).toEqual([
      [{ sheet: 'Ansvar', cell: 'C3' }, 'En kode skal bare inneholde sifre, for eksempel 1000.'],
      [{ sheet: 'Regnskap', cell: 'C2' }, 'Funksjon skal ha 3 sifre.'],
    ]);
  });

  it('reports an error value in a code cell', () => {
    const sheets = smallSheets();
    sheets.Fond![1]![0] = { kind: 'error', code: '#N/A' };
    const [finding, ...rest] = findingsOf(sheets);
    expect(rest).toEqual([]);
    expect(finding?.location).toEqual({ sheet: 'Fond', cell: 'A2' });
    expect(finding?.message).toContain('feilverdien #N/A');
  });
});
