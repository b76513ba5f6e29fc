// Draws the add-in's icons assets/icon-{16,32,64,80,128}.png:
//   npx ts-node --transpile-only scripts/make-icons.ts [output-folder]
//
// The mark: a white page with a blue outline (#2B579A, Word/Excel-style blue) and a folded
// top-right corner, holding a small bar chart of three rising bars. Transparent background,
// as the Office ribbon expects.
//
// The shapes are laid out on a 16-unit grid. Every size is a whole multiple of 16 (1, 2, 4, 5
// and 8 pixels per unit) and the outline width is a whole number of pixels, so every straight
// edge falls on a pixel boundary and stays sharp; only the fold's diagonal is anti-aliased
// (8×8 samples per pixel). No dependency: the PNG is encoded here with node:zlib.
// The output is the same from run to run.

import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

// ---------------------------------------------------------------------------------------------
// PNG encoding (8-bit RGBA, no interlace)
// ---------------------------------------------------------------------------------------------

const CRC_TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as PNG uses it (ISO 3309 / ITU-T V.42). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Encodes `rgba` (width × height × 4 bytes, straight alpha, rows top to bottom) as a PNG. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4) {
    throw new Error(`encodePng: expected ${width * height * 4} bytes, got ${rgba.length}`);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  // Each row: filter type 0 (None), then the row's bytes.
  const raw = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++) {
    raw[y * (1 + width * 4)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (1 + width * 4) + 1);
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

// ---------------------------------------------------------------------------------------------
// Drawing
// ---------------------------------------------------------------------------------------------

type Rgba = readonly [number, number, number, number];

const BLUE: Rgba = [0x2b, 0x57, 0x9a, 255];
const BLUE_MID: Rgba = [0x4a, 0x7b, 0xc4, 255];
const BLUE_LIGHT: Rgba = [0x86, 0xa9, 0xdc, 255];
const FOLD: Rgba = [0xb9, 0xcd, 0xec, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const NONE: Rgba = [0, 0, 0, 0];

/** Outline width in pixels for each size: thin enough to leave room, thick enough to read. */
function outlinePixels(size: number): number {
  if (size <= 16) return 1;
  if (size <= 32) return 2;
  if (size <= 80) return 3;
  return 4;
}

interface Scene {
  /** Colour at a point, in grid units (0..16 across the icon). */
  at(u: number, v: number): Rgba;
}

/**
 * The page covers [2,14] × [1,15]; its top-right corner is cut along the diagonal from (10,1)
 * to (14,5) and the flap (10,1)-(10,5)-(14,5) is drawn folded over (a 3-unit fold at 16 px). Bars: [4,6], [7,9],
 * [10,12] wide, standing on v = 13, rising to 10, 8 and 6.
 */
function scene(size: number): Scene {
  const s = (outlinePixels(size) * 16) / size; // outline width in units
  const left = 2;
  const right = 14;
  const top = 1;
  const bottom = 15;
  // At 16 px a 4-unit fold would run into the tallest bar: 3 units there.
  const fold = size <= 16 ? 3 : 4;
  // The cut: points with u - v > right - fold - top lie outside the page.
  const cut = right - fold - top;
  const bars: readonly { x0: number; x1: number; top: number; colour: Rgba }[] = [
    { x0: 4, x1: 6, top: 10, colour: BLUE_LIGHT },
    { x0: 7, x1: 9, top: 8, colour: BLUE_MID },
    { x0: 10, x1: 12, top: 6, colour: BLUE },
  ];
  const barBottom = 13;
  return {
    at(u, v) {
      if (u < left || u >= right || v < top || v >= bottom) return NONE;
      const diagonal = (u - v - cut) / Math.SQRT2; // > 0: outside the cut; distance to the cut line
      if (diagonal > 0) return NONE;
      // Outline: the four sides and the cut.
      if (u < left + s || u >= right - s || v < top + s || v >= bottom - s || diagonal > -s) return BLUE;
      // The folded flap.
      if (u >= right - fold - s && v < top + fold + s) {
        // Its own outline, along the two straight edges, so it reads as a fold at every size.
        if (u < right - fold || v >= top + fold) return BLUE;
        return FOLD;
      }
      for (const bar of bars) {
        if (u >= bar.x0 && u < bar.x1 && v >= bar.top && v < barBottom) return bar.colour;
      }
      return WHITE;
    },
  };
}

/** Renders the icon of one size: RGBA bytes, each pixel the average of 8 × 8 samples. */
export function drawIcon(size: number): Uint8Array {
  if (size % 16 !== 0) throw new Error(`icon size ${size} is not a multiple of 16`);
  const sc = scene(size);
  const samples = 8;
  const unitsPerPixel = 16 / size;
  const out = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Premultiplied accumulation, so transparent samples do not darken the edge.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let j = 0; j < samples; j++) {
        for (let i = 0; i < samples; i++) {
          const u = (x + (i + 0.5) / samples) * unitsPerPixel;
          const v = (y + (j + 0.5) / samples) * unitsPerPixel;
          const c = sc.at(u, v);
          const alpha = c[3] / 255;
          r += c[0] * alpha;
          g += c[1] * alpha;
          b += c[2] * alpha;
          a += alpha;
        }
      }
      const o = (y * size + x) * 4;
      if (a > 0) {
        out[o] = Math.round(r / a);
        out[o + 1] = Math.round(g / a);
        out[o + 2] = Math.round(b / a);
      }
      out[o + 3] = Math.round((a / (samples * samples)) * 255);
    }
  }
  return out;
}

/** Writes assets/icon-<size>.png for every size; returns the paths written. */
export function makeIcons(folder: string): string[] {
  mkdirSync(folder, { recursive: true });
  return ICON_SIZES.map((size) => {
    const file = path.join(folder, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, drawIcon(size)));
    return file;
  });
}

if (require.main === module) {
  const folder = process.argv[2] ?? path.join(__dirname, '..', 'assets');
  for (const file of makeIcons(folder)) console.log(`skrev ${path.relative(process.cwd(), file)}`);
}
