import { constantToCellValue } from './constant-to-cell-value';

describe('constantToCellValue', () => {
  it('reads nothing into an empty value (and never 0)', () => {
    expect(constantToCellValue(null)).toBeUndefined();
    expect(constantToCellValue(undefined)).toBeUndefined();
    expect(constantToCellValue('')).toBeUndefined();
    expect(constantToCellValue({ richText: [] })).toBeUndefined();
  });

  it('keeps numbers, with øre, and text exactly as given', () => {
    expect(constantToCellValue(1234.56)).toEqual({ kind: 'number', value: 1234.56 });
    expect(constantToCellValue(0)).toEqual({ kind: 'number', value: 0 });
    expect(constantToCellValue('12 000,50')).toEqual({ kind: 'text', value: '12 000,50' });
    expect(constantToCellValue('   ')).toEqual({ kind: 'text', value: '   ' });
  });

  it('gives a number that is not finite as an error, not as a number', () => {
    expect(constantToCellValue(Number.NaN)).toEqual({ kind: 'error', code: '#NUM!' });
  });

  it('gives a date at midnight as a date, a date with time as the full instant', () => {
    expect(constantToCellValue(new Date(Date.UTC(2017, 11, 31)))).toEqual({ kind: 'date', iso: '2017-12-31' });
    expect(constantToCellValue(new Date(Date.UTC(2017, 11, 31, 13, 45)))).toEqual({ kind: 'date', iso: '2017-12-31T13:45:00.000Z' });
    expect(constantToCellValue(new Date(Number.NaN))).toEqual({ kind: 'error', code: '#####' });
  });

  it('reads the text of a hyperlink as the value the cell holds', () => {
    expect(constantToCellValue({ text: 'Vedtak', hyperlink: 'https://example.org' })).toEqual({ kind: 'text', value: 'Vedtak' });
    expect(constantToCellValue({ text: 1500, hyperlink: 'https://example.org' })).toEqual({ kind: 'number', value: 1500 });
    expect(constantToCellValue({ text: { richText: [{ text: 'a' }, { text: 'b' }] }, hyperlink: '#Ark!A1' })).toEqual({ kind: 'text', value: 'ab' });
  });

  it('gives a value of an unknown shape as an error rather than as empty', () => {
    expect(constantToCellValue({ something: 1 })).toEqual({ kind: 'error', code: '#VALUE!' });
  });
});
