import { toCellValue, type ExcelCell } from './to-cell-value';

const cell = (valueType: string, value: unknown, numberFormat = 'General', formula: unknown = value): ExcelCell =>
  ({ valueType, value, numberFormat, formula });

describe('toCellValue', () => {
  it('gives nothing for an empty cell', () => {
    expect(toCellValue(cell('Empty', '', 'General', ''))).toBeUndefined();
    expect(toCellValue(cell('Empty', '', 'dd.mm.yyyy', ''))).toBeUndefined();
  });

  it('gives the text "" for a formula whose result is empty text, whether Excel says Empty or String', () => {
    expect(toCellValue(cell('Empty', '', 'General', '=IF(C2>1000000,C2,"")'))).toEqual({ kind: 'text', value: '' });
    expect(toCellValue(cell('String', '', 'General', '=IF(C2>1000000,C2,"")'))).toEqual({ kind: 'text', value: '' });
  });

  it.each([
    [cell('Double', 1234.56), { kind: 'number', value: 1234.56 }],
    [cell('Double', 0, 'General', '=C2-C2'), { kind: 'number', value: 0 }],
    [cell('Integer', 42), { kind: 'number', value: 42 }],
    [cell('Double', -7656.3, '#,##0.00'), { kind: 'number', value: -7656.3 }],
    [cell('Double', 43100, 'dd.mm.yyyy'), { kind: 'date', iso: '2017-12-31' }],
    [cell('Double', 43100, 'm/d/yyyy'), { kind: 'date', iso: '2017-12-31' }],
    [cell('Double', 42916.52083333333, 'dd.mm.yyyy hh:mm'), { kind: 'date', iso: '2017-06-30T12:30:00.000Z' }],
    [cell('Double', -5, 'dd.mm.yyyy'), { kind: 'error', code: '#####' }],
    [cell('Double', 43100, '"dato" 0'), { kind: 'number', value: 43100 }],
    [cell('Double', 43100, '@'), { kind: 'number', value: 43100 }],
    [cell('String', '12 000,50'), { kind: 'text', value: '12 000,50' }],
    [cell('String', '1000'), { kind: 'text', value: '1000' }],
    [cell('String', '   '), { kind: 'text', value: '   ' }],
    [cell('String', '31.12.2017', 'dd.mm.yyyy'), { kind: 'text', value: '31.12.2017' }],
    [cell('Boolean', true), { kind: 'boolean', value: true }],
    [cell('Boolean', false, 'General', '=C2>C3'), { kind: 'boolean', value: false }],
    [cell('Error', '#REF!', 'General', '=#REF!+1'), { kind: 'error', code: '#REF!' }],
    [cell('Error', '#DIV/0!', 'General', '=1/0'), { kind: 'error', code: '#DIV/0!' }],
    [cell('Error', '#N/A'), { kind: 'error', code: '#N/A' }],
    [cell('Error', '#SPILL!', 'General', '=A1:A3'), { kind: 'error', code: '#SPILL!' }],
  ] as const)('%j → %j', (input, expected) => {
    expect(toCellValue(input)).toEqual(expected);
  });

  it('gives an error, never nothing or 0, for what it does not know', () => {
    expect(toCellValue(cell('RichValue', '#VALUE!'))).toEqual({ kind: 'error', code: '#VALUE!' });
    expect(toCellValue(cell('Unknown', 'Aksjekurs'))).toEqual({ kind: 'error', code: '#VALUE!' });
    expect(toCellValue(cell('Double', '12'))).toEqual({ kind: 'error', code: '#VALUE!' });
    expect(toCellValue(cell('Double', Number.NaN))).toEqual({ kind: 'error', code: '#NUM!' });
    expect(toCellValue(cell('Boolean', 'TRUE'))).toEqual({ kind: 'error', code: '#VALUE!' });
    expect(toCellValue(cell('Error', 'rubbish'))).toEqual({ kind: 'error', code: '#VALUE!' });
  });
});
