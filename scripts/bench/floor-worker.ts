// The floor: what no reader of the ledger sheet can go below. Inflates the sheet's zip entry with
// Node's zlib (streaming, straight from the file) and makes one pass over every byte of its XML,
// counting `<row` and `<c ` as it goes; nothing is parsed or kept. Run as a child process by the
// benchmark, like the command line, so both are measured the same way (process start included):
//   node floor-worker.js <workbook.xlsx> <zip entry of the sheet>
// Prints {"rows":…,"cells":…,"xmlBytes":…}.

import { createReadStream } from 'node:fs';
import { createInflateRaw } from 'node:zlib';
import { runWorker } from './worker-main';
import { entryDataOffset, findZipEntry } from './zip-directory';

export interface FloorResult {
  readonly rows: number;
  readonly cells: number;
  readonly xmlBytes: number;
}

const LT = 0x3c; // <
const R = 0x72;
const O = 0x6f;
const W = 0x77;
const C = 0x63;
const SPACE = 0x20;

/** Inflates the entry and counts its rows and cells in one pass over the bytes. */
export async function floorPass(file: string, entryName: string): Promise<FloorResult> {
  const entry = findZipEntry(file, entryName);
  if (entry.method !== 8) throw new Error(`${entryName} is not deflated (method ${entry.method})`);
  const start = entryDataOffset(file, entry);
  const packed = createReadStream(file, { start, end: start + entry.compressedSize - 1, highWaterMark: 1 << 20 });
  const xml = packed.pipe(createInflateRaw({ chunkSize: 1 << 20 }));
  packed.on('error', (error) => xml.destroy(error));
  // state: 0 outside a tag start, 1 after '<', 2 after '<r', 3 after '<ro', 4 after '<c'
  let state = 0;
  let rows = 0;
  let cells = 0;
  let xmlBytes = 0;
  for await (const chunk of xml as AsyncIterable<Buffer>) {
    xmlBytes += chunk.length;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      switch (state) {
        case 1:
          state = b === R ? 2 : b === C ? 4 : b === LT ? 1 : 0;
          break;
        case 2:
          state = b === O ? 3 : b === LT ? 1 : 0;
          break;
        case 3:
          if (b === W) rows++;
          state = b === LT ? 1 : 0;
          break;
        case 4:
          if (b === SPACE) cells++;
          state = b === LT ? 1 : 0;
          break;
        default:
          if (b === LT) state = 1;
      }
    }
  }
  return { rows, cells, xmlBytes };
}

if (require.main === module) runWorker('floor', 'node floor-worker.js <workbook.xlsx> <zip entry>', 2, ([file, entry]) => floorPass(file ?? '', entry ?? ''));
