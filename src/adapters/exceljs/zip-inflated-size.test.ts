import ExcelJS from 'exceljs';
import { declaredInflatedSize } from './zip-inflated-size';

async function smallWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Regnskap');
  for (let row = 1; row <= 200; row += 1) sheet.addRow([1000, 'Felleskostnader', row * 1.25]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Offsets of the central directory entries (signature PK\x01\x02) of a zip. */
function centralEntries(data: Uint8Array): number[] {
  const offsets: number[] = [];
  for (let at = 0; at + 4 <= data.length; at += 1) {
    if (data[at] === 0x50 && data[at + 1] === 0x4b && data[at + 2] === 0x01 && data[at + 3] === 0x02) offsets.push(at);
  }
  return offsets;
}

describe('declaredInflatedSize', () => {
  it('sums the uncompressed sizes an .xlsx declares', async () => {
    const data = await smallWorkbook();
    const size = declaredInflatedSize(data);
    expect(size).toBeGreaterThan(data.byteLength); // the sheet XML compresses well

    const first = centralEntries(data)[0] ?? -1;
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const old = view.getUint32(first + 24, true);
    view.setUint32(first + 24, 600 * 1024 * 1024, true);
    expect(declaredInflatedSize(data)).toBe((size ?? 0) - old + 600 * 1024 * 1024);
  });

  it('knows nothing about bytes that hold no zip directory', () => {
    expect(declaredInflatedSize(new Uint8Array(0))).toBeUndefined();
    expect(declaredInflatedSize(new TextEncoder().encode('PK\x03\x04 og så ikke mer'))).toBeUndefined();
  });
});
