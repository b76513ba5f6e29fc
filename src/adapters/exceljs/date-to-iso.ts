/**
 * A JS Date from exceljs (dates are stored as UTC) as an ISO string: "2017-12-31" when the
 * time is midnight, otherwise the full instant, "2017-12-31T13:45:00.000Z". Both forms parse
 * back with `new Date(iso)` to the same instant. Undefined for an invalid Date (exceljs makes
 * one from a serial number far outside the calendar).
 */
export function dateToIso(date: Date): string | undefined {
  const time = date.getTime();
  if (Number.isNaN(time)) return undefined;
  const full = date.toISOString();
  return time % 86_400_000 === 0 ? full.slice(0, 10) : full;
}
