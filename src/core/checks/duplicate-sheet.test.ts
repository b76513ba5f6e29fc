import { rawWorkbook, smallSheets } from '../../../test/helpers/raw-workbook-builder';
import { analyseWorkbook } from '../pipeline';
import { duplicateSheet } from './duplicate-sheet';

const findingsOf = (sheets: ReturnType<typeof smallSheets>) =>
  analyseWorkbook(rawWorkbook(sheets)).findings.filter((f) => f.code === duplicateSheet.code);

describe('duplicate-sheet', () => {
  it('is silent on the valid small workbook', () => {
    expect(findingsOf(smallSheets())).toEqual([]);
  });

  it('reports a second sheet that answers to the same contract sheet, by alias or by case', () => {
    const sheets = { ...smallSheets(), Ledger: [['Ansvar', 'Art', 'Regnskap', 'Regulert budsjett'], [1000, 10100, 5, 5]], ' FOND ': [['Fond', 'Navn', 'IB']] };
    const findings = findingsOf(sheets);
    expect(findings.map((f) => [f.severity, f.location])).toEqual([
      ['error', { sheet: 'Ledger' }],
      ['error', { sheet: ' FOND ' }],
    ]);
    expect(findings[0]?.message).toBe('Arbeidsboken har flere ark for Regnskap: «Regnskap» og «Ledger». Bare «Regnskap» leses.');
    expect(findings[0]?.hint).toContain('Regnskap / Ledger');
  });
});
