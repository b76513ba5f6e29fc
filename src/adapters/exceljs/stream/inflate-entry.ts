import { StringDecoder } from 'node:string_decoder';
import { createInflateRaw } from 'node:zlib';
import { hasDtd, type ZipLimits, type ZipProblem } from '../../../report/zip/inspect-zip';

const INPUT_CHUNK = 1024 * 1024;
const OUTPUT_CHUNK = 256 * 1024;
const HEAD = 4096;

export class InflateStop extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem.kind);
  }
}

/**
 * Inflates one zip entry with Node's zlib (off the main thread) and hands its text to `take`
 * piece by piece, counting inflated bytes against the limits as the zip guard does, and
 * refusing a DTD at its start. Nothing inflated is kept. Rejects with an InflateStop.
 */
export async function inflateEntryText(
  name: string, method: number, data: Uint8Array, limits: ZipLimits, take: (text: string) => void,
): Promise<void> {
  const decoder = new StringDecoder('utf8');
  let inflated = 0;
  let head = '';
  const accept = (chunk: Uint8Array): void => {
    inflated += chunk.length;
    if (inflated > limits.maxInflatedBytes) throw new InflateStop({ kind: 'too-large', inflatedBytes: inflated });
    if (inflated > limits.ratioFromBytes && inflated / Math.max(1, data.length) > limits.maxRatio) {
      throw new InflateStop({ kind: 'ratio', entry: name, ratio: Math.round(inflated / Math.max(1, data.length)) });
    }
    const text = decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    if (head.length < HEAD) {
      head += text.slice(0, HEAD);
      if (hasDtd(head)) throw new InflateStop({ kind: 'dtd', entry: name });
    }
    take(text);
  };
  if (method === 0) {
    for (let p = 0; p < data.length; p += INPUT_CHUNK) accept(data.subarray(p, p + INPUT_CHUNK));
  } else if (method === 8) {
    await inflateRaw(data, accept, name);
  } else throw new InflateStop({ kind: 'corrupt', entry: name });
  const rest = decoder.end();
  if (rest !== '') take(rest);
}

async function inflateRaw(data: Uint8Array, accept: (chunk: Uint8Array) => void, name: string): Promise<void> {
  const inflater = createInflateRaw({ chunkSize: OUTPUT_CHUNK });
  const feed = async () => {
    for (let p = 0; p < data.length; p += INPUT_CHUNK) {
      if (!inflater.write(data.subarray(p, p + INPUT_CHUNK))) {
        await new Promise<void>((resolve) => {
          const done = () => {
            inflater.off('drain', done);
            inflater.off('close', done);
            resolve();
          };
          inflater.on('drain', done);
          inflater.on('close', done);
        });
      }
      if (inflater.destroyed) return;
    }
    inflater.end();
  };
  const feeding = feed().catch(() => undefined);
  try {
    for await (const chunk of inflater) accept(chunk as Uint8Array);
  } catch (error) {
    inflater.destroy();
    // zlib's own errors (Z_DATA_ERROR, Z_BUF_ERROR) mean damaged data; anything else is the
    // reader's or the core's, and goes on as it is
    if (isZlibError(error)) throw new InflateStop({ kind: 'corrupt', entry: name });
    throw error;
  } finally {
    await feeding;
  }
}

function isZlibError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' && error.code.startsWith('Z_');
}
