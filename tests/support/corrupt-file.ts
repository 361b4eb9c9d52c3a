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

/** Garbage over the 100-byte header: the file no longer says it is an SQLite database. */
export function overwriteHeader(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, Buffer.alloc(100, 0x5a), 0, 100, 0);
  } finally {
    fs.closeSync(fd);
  }
}
