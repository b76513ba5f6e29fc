/**
 * Zip writers (JSZip under exceljs and docx) stamp every entry with the time of the run, so the
 * same input would give different bytes. This sets the DOS date and time of every entry, in its
 * local header and in the central directory, to one fixed moment. Only those header fields
 * change; CRCs and data stay valid. Works on bytes alone, in Node and in the browser.
 */
export const FIXED_ZIP_DATE = { year: 2000, month: 1, day: 1, hours: 0, minutes: 0, seconds: 0 } as const;

type ZipDate = { readonly year: number; readonly month: number; readonly day: number; readonly hours: number; readonly minutes: number; readonly seconds: number };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEndOfCentralDirectory(view: DataView): number {
  for (let p = view.byteLength - 22; p >= Math.max(0, view.byteLength - 22 - 0xffff); p--) {
    if (view.getUint32(p, true) === EOCD) return p;
  }
  throw new Error('not a zip: no end of central directory');
}

export function withFixedZipDates(zip: Uint8Array, date: ZipDate = FIXED_ZIP_DATE): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const dosTime = (date.hours << 11) | (date.minutes << 5) | Math.floor(date.seconds / 2);
  const dosDate = ((date.year - 1980) << 9) | (date.month << 5) | date.day;
  const eocd = findEndOfCentralDirectory(view);
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(p, true) !== CENTRAL) throw new Error(`bad central directory entry at ${p}`);
    view.setUint16(p + 12, dosTime, true);
    view.setUint16(p + 14, dosDate, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error(`bad local header at ${local}`);
    view.setUint16(local + 10, dosTime, true);
    view.setUint16(local + 12, dosDate, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}
