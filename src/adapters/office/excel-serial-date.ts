/**
 * Whether a number format code shows a date or a time: the same rule exceljs 4.4.0 applies when
 * it reads a file (utils.isDateFmt), so that both adapters call the same cells dates. Text in
 * brackets ("[Red]", "[$kr-414]") and in quotes ("\"kr\"") is removed first; what is left is a
 * date format when it holds one of the letters y m d h s b (b: the Buddhist year) or M.
 * "General", "#,##0", "0.00 %" and "@" are not dates; "dd.mm.yyyy", "m/d/yyyy", "hh:mm" are.
 */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]/.test(bare);
}

const MS_PER_DAY = 86_400_000;
/** Serial number of 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Excel's calendar ends on 9999-12-31, serial 2 958 465; a larger serial shows as "#####". */
const FIRST_SERIAL_AFTER_CALENDAR = 2_958_466;

/**
 * The date (and time) that Excel shows for a serial number in its 1900 date system, as an ISO
 * string in the form the exceljs adapter gives: "2017-12-31" at midnight, otherwise the full
 * instant, "2017-06-30T12:30:00.000Z". Undefined where Excel shows "#####": a negative serial
 * or one after 9999-12-31.
 *
 * The 1900 system counts 1900-01-01 as day 1 and, copying a bug of Lotus 1-2-3, has a day 60,
 * 29 February 1900, that never was. Hence:
 * - from serial 61 (1900-03-01) on, day n is 1899-12-30 + n days: 43100 is 2017-12-31. This is
 *   exceljs' own formula, to the millisecond, so both adapters agree on every real-world date;
 * - serials 1 to 59 are 1899-12-31 + n days: 1 is 1900-01-01, 59 is 1900-02-28 (exceljs, which
 *   has no correction, puts them a day early);
 * - serial 60 is shown by Excel as 29.02.1900 and is given as "1900-02-29", what the user sees
 *   in the cell, although no such day exists;
 * - serials below 1 are times of day without a date ("hh:mm"); they are anchored on 1899-12-30,
 *   as exceljs, VBA and .NET do: 0.5 is "1899-12-30T12:00:00.000Z".
 */
export function serialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial >= FIRST_SERIAL_AFTER_CALENDAR) return undefined;
  if (serial >= 60 && serial < 61) return fictitiousLeapDay(serial - 60);
  const daysAfterUnixEpoch = serial < 1 || serial >= 61 ? serial - UNIX_EPOCH_SERIAL : serial - (UNIX_EPOCH_SERIAL - 1);
  return instantToIso(Math.round(daysAfterUnixEpoch * MS_PER_DAY));
}

function fictitiousLeapDay(fraction: number): string {
  const ms = Math.round(fraction * MS_PER_DAY);
  if (ms === 0) return '1900-02-29';
  if (ms >= MS_PER_DAY) return '1900-03-01';
  return `1900-02-29${new Date(ms).toISOString().slice(10)}`;
}

function instantToIso(ms: number): string {
  const full = new Date(ms).toISOString();
  return ms % MS_PER_DAY === 0 ? full.slice(0, 10) : full;
}
