import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { shellText } from '../../../shared/i18n/vi/shell';

// One ward service per data folder. Two processes on one folder kept numbering right (SQLite's write
// lock) but each had its own events and pairing codes, so a display on one missed the other's calls.

const LOCK_FILE = 'motcua.lock';
const HOLDER_FILE = 'motcua.lock.json';

export interface DataFolderLock {
  release(): void;
}

export interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
}

export class DataFolderLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder | null,
  ) {
    super(
      `The data folder ${dataDir} is already in use by another ${shellText.appName} ward service` +
        (holder ? ` (process ${holder.pid} on ${holder.host}, started ${holder.startedAt})` : '') +
        '. Stop that one first, or start this one with another --data folder.',
    );
  }
}

export class DataFolderNotWritableError extends Error {
  constructor(
    readonly dataDir: string,
    reason: string,
  ) {
    super(`The data folder ${dataDir} cannot be written (${reason}). Give this user write access to it, or choose another --data folder.`);
  }
}

/**
 * Takes the folder for this process. The lock is an exclusive SQLite lock on a file of its own, so the
 * operating system drops it when the process dies, however it dies: no stale lock after a power cut.
 */
export function lockDataFolder(dataDir: string): DataFolderLock {
  fs.mkdirSync(dataDir, { recursive: true });
  assertWritable(dataDir);
  const lock = new Database(path.join(dataDir, LOCK_FILE), { timeout: 0 });
  try {
    lock.pragma('locking_mode = EXCLUSIVE');
    // The first write takes the EXCLUSIVE lock, and locking_mode keeps it until the connection closes.
    lock.exec('CREATE TABLE IF NOT EXISTS holder (pid INTEGER); BEGIN EXCLUSIVE; DELETE FROM holder; COMMIT;');
  } catch (error) {
    lock.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') throw new DataFolderLockedError(dataDir, readHolder(dataDir));
    throw error;
  }
  const holder: LockHolder = { pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString() };
  fs.writeFileSync(path.join(dataDir, HOLDER_FILE), JSON.stringify(holder));
  return { release: () => lock.close() };
}

function readHolder(dataDir: string): LockHolder | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dataDir, HOLDER_FILE), 'utf8')) as LockHolder;
  } catch {
    return null;
  }
}

/** A folder that cannot take a small synced file now would fail the first ticket of the day instead. */
function assertWritable(dataDir: string): void {
  const probe = path.join(dataDir, `.write-probe-${process.pid}`);
  try {
    const fd = fs.openSync(probe, 'w');
    try {
      fs.writeSync(fd, 'ok');
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.unlinkSync(probe);
  } catch (error) {
    throw new DataFolderNotWritableError(dataDir, (error as NodeJS.ErrnoException).code ?? String(error));
  }
}
