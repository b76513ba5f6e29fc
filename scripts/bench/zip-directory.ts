// Reads a zip file's central directory from disk without loading the file: where each entry's
// data starts and how large it is packed and unpacked. Used by the floor worker (a child
// process, so only Node's own modules here) and by the runner for the table's sizes.

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export interface ZipEntryInfo {
  readonly name: string;
  /** 0 stored, 8 deflate. */
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buffer, done, length - done, position + done);
    if (n === 0) throw new Error(`unexpected end of file at ${position + done}`);
    done += n;
  }
  return buffer;
}

/** The entries of the zip file at `path`, in the order of its central directory (no zip64). */
export function readZipDirectory(path: string): ZipEntryInfo[] {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = readAt(fd, size - tailLength, tailLength);
    let eocd = -1;
    for (let p = tail.length - 22; p >= 0; p--) {
      if (tail.readUInt32LE(p) === EOCD) {
        eocd = p;
        break;
      }
    }
    if (eocd < 0) throw new Error(`${path}: not a zip (no end of central directory)`);
    const count = tail.readUInt16LE(eocd + 10);
    const directorySize = tail.readUInt32LE(eocd + 12);
    const directoryOffset = tail.readUInt32LE(eocd + 16);
    const directory = readAt(fd, directoryOffset, directorySize);
    const entries: ZipEntryInfo[] = [];
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (directory.readUInt32LE(p) !== CENTRAL) throw new Error(`${path}: bad central directory entry ${i}`);
      const nameLength = directory.readUInt16LE(p + 28);
      const extraLength = directory.readUInt16LE(p + 30);
      const commentLength = directory.readUInt16LE(p + 32);
      entries.push({
        name: directory.toString('utf8', p + 46, p + 46 + nameLength),
        method: directory.readUInt16LE(p + 10),
        compressedSize: directory.readUInt32LE(p + 20),
        uncompressedSize: directory.readUInt32LE(p + 24),
        localHeaderOffset: directory.readUInt32LE(p + 42),
      });
      p += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } finally {
    closeSync(fd);
  }
}

/** The entry named `name`; throws when the zip has none. */
export function findZipEntry(path: string, name: string): ZipEntryInfo {
  const entry = readZipDirectory(path).find((e) => e.name === name);
  if (!entry) throw new Error(`${path}: no zip entry ${name}`);
  return entry;
}

/** The byte offset in the file where the packed data of `entry` starts (after its local header). */
export function entryDataOffset(path: string, entry: ZipEntryInfo): number {
  const fd = openSync(path, 'r');
  try {
    const header = readAt(fd, entry.localHeaderOffset, 30);
    if (header.readUInt32LE(0) !== LOCAL) throw new Error(`${path}: bad local header for ${entry.name}`);
    return entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  } finally {
    closeSync(fd);
  }
}
