import { rawWorkbook, smallSheets, type SheetRows } from '../../../test/helpers/raw-workbook-builder';
import { analyseWorkbook } from '../pipeline';
import { ansvarWithoutLedger } from './ansvar-without-ledger';

const run = (sheets: Record<string, SheetRows>) => analyseWorkbook(rawWorkbook(sheets));
const findingsOf = (sheets: Record<string, SheetRows>) => run(sheets).findings.filter((f) => f.code === ansvarWithoutLedger.code);

describe('ansvar-without-ledger', () => {
  it('is silent on the valid small workbook', () => {
    expect(findingsOf(smallSheets())).toEqual([]);
  });

  it('warns about an ansvar with no ledger rows, at its code cell', () => {
    const sheets = smallSheets();
    sheets.Ansvar!.push([1200, 'Prosjekt', null, null]);
    const analysis = run(sheets);
    const findings = analysis.findings.filter((f) => f.code === ansvarWithoutLedger.code);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.severity).toBe('warning');
    expect(finding?.location).toEqual({ sheet: 'Ansvar', cell: 'A4' });
    expect(finding?.message).toBe('Ansvar 1200 Prosjekt har ingen rader på arket Regnskap.');
    expect(finding?.hint).not.toBe('');
    expect(analysis.ok).toBe(true);
  });

  it('is left to other checks when the ledger cannot be read', () => {
    const sheets = smallSheets();
    sheets.Regnskap = [];
    expect(findingsOf(sheets)).toEqual([]);
  });
});

describe('ansvar-without-ledger and unreadable ledger rows', () => {
  it('does not say an ansvar has no rows when its rows have another bad cell', () => {
    const sheets = smallSheets();
    sheets.Regnskap![3]![1] = '12'; // 1100's expense row: bad art
    sheets.Regnskap![4]![3] = '−40 000'; // 1100's revenue row: amount as text
    const analysis = run(sheets);
    expect(analysis.model.ledger.filter((l) => l.ansvar === '1100')).toEqual([]);
    expect(analysis.findings.filter((f) => f.code === ansvarWithoutLedger.code)).toEqual([]);
    expect(analysis.findings.map((f) => f.code)).toEqual(['invalid-code', 'invalid-amount']);
  });
});
