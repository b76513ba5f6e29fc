import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'fs';
import { basename, dirname, join } from 'path';

/**
 * Writes a file so that it appears complete or not at all: the bytes go to a temporary file
 * beside the target, which is flushed and then renamed over it. On any failure the temporary
 * file is removed and an existing file at the target is left as it was.
 */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const fd = openSync(temp, 'wx');
    try {
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
