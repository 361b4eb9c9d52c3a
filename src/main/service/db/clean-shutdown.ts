import fs from 'node:fs';
import { z } from 'zod';

// The note a clean stop leaves beside the database: the file as it was left (size, time of the last
// change, its 100-byte header with SQLite's change counter and page count) and that the whole file
// passed its check during that run. The next start that finds the file exactly so, with no write-ahead
// log left over, knows nothing wrote to it since a verified state, and may check the rest of it in the
// background. A crash or a power cut leaves no note (it is taken away when the database opens), and a
// note that does not match the file counts as none: then the whole file is checked before anything.

const Note = z.object({
  size: z.number().int(),
  mtimeNs: z.string(),
  header: z.string(),
  verifiedAt: z.string(),
});

export function cleanShutdownFile(databaseFile: string): string {
  return `${databaseFile}.clean`;
}

/** Writes the note for a database whose every connection is closed and whose whole-file check passed. */
export function recordCleanShutdown(databaseFile: string, verifiedAt: Date): void {
  const stat = fs.statSync(databaseFile, { bigint: true });
  const note: z.infer<typeof Note> = {
    size: Number(stat.size),
    mtimeNs: stat.mtimeNs.toString(),
    header: headerOf(databaseFile),
    verifiedAt: verifiedAt.toISOString(),
  };
  // Written aside and renamed: a power cut mid-write must not leave a note that parses.
  const temporary = `${cleanShutdownFile(databaseFile)}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(note));
  fs.renameSync(temporary, cleanShutdownFile(databaseFile));
}

/**
 * Whether the last run stopped cleanly and left the file as verified; the note is consumed either way,
 * so that this run must stop cleanly in turn to skip the next start's check.
 */
export function takeCleanShutdown(databaseFile: string): boolean {
  const noteFile = cleanShutdownFile(databaseFile);
  let note: z.infer<typeof Note> | null = null;
  try {
    note = Note.parse(JSON.parse(fs.readFileSync(noteFile, 'utf8')));
  } catch {
    note = null;
  }
  fs.rmSync(noteFile, { force: true });
  if (!note || !fs.existsSync(databaseFile)) return false;
  const wal = `${databaseFile}-wal`;
  if (fs.existsSync(wal) && fs.statSync(wal).size > 0) return false;
  const stat = fs.statSync(databaseFile, { bigint: true });
  return Number(stat.size) === note.size && stat.mtimeNs.toString() === note.mtimeNs && headerOf(databaseFile) === note.header;
}

function headerOf(file: string): string {
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(100);
    const read = fs.readSync(fd, header, 0, 100, 0);
    return header.subarray(0, read).toString('base64');
  } finally {
    fs.closeSync(fd);
  }
}
