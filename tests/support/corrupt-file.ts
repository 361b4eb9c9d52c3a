import fs from 'node:fs';

/** Garbage over every page but the first: the header still says SQLite, the b-trees no longer hold. */
export function overwritePages(file: string): void {
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r+');
  try {
    const junk = Buffer.alloc(size - 4096, 0x5a);
    fs.writeSync(fd, junk, 0, junk.length, 4096);
  } finally {
    fs.closeSync(fd);
  }
}
