/**
 * A RawWorkbook whose streamed sheets (RawSheet.stream) are read into `rows`, for tests that
 * compare a streamed read with one that holds every row. The Office.js adapter never voids
 * rows it has given (it knows a chunk's merged areas with the chunk), so a restart fails here.
 * Imports nothing from Node.
 */
import type { RawRow, RawSheet, RawWorkbook } from '../../src/core/workbook/raw-workbook';

/** The rows of a streamed sheet, in the batches they came in. */
export async function streamedBatches(sheet: RawSheet): Promise<RawRow[][]> {
  if (sheet.stream === undefined) throw new Error(`sheet ${sheet.name} is not streamed`);
  const batches: RawRow[][] = [];
  await sheet.stream({
    rows: (batch) => {
      batches.push([...batch]);
    },
    restart: () => {
      throw new Error(`the stream of ${sheet.name} restarted`);
    },
  });
  return batches;
}

/** The workbook with every streamed sheet's rows read into `rows` and its `stream` left out. */
export async function heldRows(raw: RawWorkbook): Promise<RawWorkbook> {
  const sheets: RawSheet[] = [];
  for (const sheet of raw.sheets) {
    if (sheet.stream === undefined) {
      sheets.push(sheet);
      continue;
    }
    const batches = await streamedBatches(sheet);
    sheets.push({ name: sheet.name, hidden: sheet.hidden, rows: batches.flat() });
  }
  return raw.names === undefined ? { sheets } : { sheets, names: raw.names };
}
