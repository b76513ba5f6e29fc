import fc from 'fast-check';
import { isDateFormat, serialToIso } from './excel-serial-date';

describe('isDateFormat (the rule of exceljs 4.4.0, utils.isDateFmt)', () => {
  it.each([
    'dd.mm.yyyy', 'dd.mm.yyyy hh:mm', 'm/d/yyyy', 'mm-dd-yy', 'd. mmmm yyyy', 'hh:mm', 'h:mm:ss', 'mmm yy',
    'DD.MM.YYYY', '[$-414]d. mmmm yyyy;@', '[Red]dd.mm.yyyy',
  ])('%s is a date or time format', (format) => {
    expect(isDateFormat(format)).toBe(true);
  });

  it.each([
    'General', '0', '0.00', '#,##0', '#,##0.00', '# ##0', '0 %', '0.00E+00', '@', '',
    '#,##0 "kr"', '"dager: "0', '[$kr-414] #,##0.00', '[Red]-#,##0', '_-* #,##0.00_-;-* #,##0.00_-;_-* "-"??_-;_-@_-',
    // exceljs looks only for y m d h s b and M: capital D and Y alone are not dates to it.
    'YYYY', 'DD',
  ])('%s is not', (format) => {
    expect(isDateFormat(format)).toBe(false);
  });
});

describe('serialToIso (Excel 1900 date system)', () => {
  it.each([
    [43100, '2017-12-31'],
    [42916.52083333333, '2017-06-30T12:30:00.000Z'],
    [25569, '1970-01-01'],
    [45292.75, '2024-01-01T18:00:00.000Z'],
    [2958465, '9999-12-31'],
    // 1900-03-01 and later: 1899-12-30 + n days
    [61, '1900-03-01'],
    // the day that never was: Excel shows 29.02.1900
    [60, '1900-02-29'],
    [60.5, '1900-02-29T12:00:00.000Z'],
    // before it: 1899-12-31 + n days, day 1 is 1900-01-01
    [59, '1900-02-28'],
    [1, '1900-01-01'],
    [32, '1900-02-01'],
    // a time of day without a date
    [0, '1899-12-30'],
    [0.5, '1899-12-30T12:00:00.000Z'],
    [0.75, '1899-12-30T18:00:00.000Z'],
  ])('%d is %s', (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
  });

  it.each([-1, -0.5, 2958466, 1e9, Number.NaN, Number.POSITIVE_INFINITY])('%d cannot be drawn (#####)', (serial) => {
    expect(serialToIso(serial)).toBeUndefined();
  });

  it('gives every whole day from 1900-03-01 to 9999-12-31 as 1899-12-30 + n days', () => {
    const base = Date.UTC(1899, 11, 30);
    fc.assert(fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
      expect(serialToIso(serial)).toBe(new Date(base + serial * 86_400_000).toISOString().slice(0, 10));
    }));
  });

  it('gives whole minutes exactly, also where the serial is not exact in binary', () => {
    fc.assert(fc.property(fc.integer({ min: 61, max: 2958465 }), fc.integer({ min: 1, max: 1439 }), (day, minute) => {
      const iso = serialToIso(day + minute / 1440);
      expect(iso).toBe(new Date(Date.UTC(1899, 11, 30) + day * 86_400_000 + minute * 60_000).toISOString());
    }));
  });
});
