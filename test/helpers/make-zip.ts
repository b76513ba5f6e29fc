import { deflateRawSync } from 'zlib';

export interface ZipEntryInput {
  readonly name: string;
  /** The entry's content; or `zeros` bytes of 0, deflated (the stuff of zip bombs). */
  readonly data?: Uint8Array | string;
  readonly zeros?: number;
  /** Set the "encrypted" flag. */
  readonly encrypted?: boolean;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip written by hand, so tests can make what no office program would: bombs, DTDs, flags. */
export function makeZip(entries: readonly ZipEntryInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  const deflatedZeros = new Map<number, { data: Buffer; crc: number }>();
  let offset = 0;
  for (const e of entries) {
    let compressed: Buffer;
    let crc: number;
    let size: number;
    if (e.zeros !== undefined) {
      const cached = deflatedZeros.get(e.zeros) ?? (() => {
        const zeros = Buffer.alloc(e.zeros!);
        const made = { data: deflateRawSync(zeros, { level: 9 }), crc: crc32(zeros) };
        deflatedZeros.set(e.zeros!, made);
        return made;
      })();
      compressed = cached.data;
      crc = cached.crc;
      size = e.zeros;
    } else {
      const raw = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data ?? new Uint8Array(0));
      compressed = deflateRawSync(raw);
      crc = crc32(raw);
      size = raw.length;
    }
    const name = Buffer.from(e.name, 'utf8');
    const flags = e.encrypted ? 1 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(flags, 6); local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14); local.writeUInt32LE(compressed.length, 18); local.writeUInt32LE(size >>> 0, 22); local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(8, 10); central.writeUInt32LE(crc, 16); central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size >>> 0, 24); central.writeUInt16LE(name.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
