// What an IT installer reads when a ward service cannot take its data folder, checked in one process:
// the folder lock is SQLite's, which refuses a second connection in the same process too.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DataFolderLockedError,
  DataFolderNotWritableError,
  lockDataFolder,
  type DataFolderLock,
} from '../../src/main/service/db/data-folder';
import { tempDir } from '../support/ward-fixture';

const held: DataFolderLock[] = [];
afterEach(() => {
  for (const lock of held.splice(0)) lock.release();
});

function refusal(dataDir: string): Error {
  try {
    held.push(lockDataFolder(dataDir));
  } catch (error) {
    return error as Error;
  }
  throw new Error('the folder was taken twice');
}

describe('the data folder lock', () => {
  it('refuses a second service on the folder, naming the process, host and start time of the first', () => {
    const dataDir = tempDir();
    held.push(lockDataFolder(dataDir));
    const holder = JSON.parse(fs.readFileSync(path.join(dataDir, 'motcua.lock.json'), 'utf8')) as Record<string, unknown>;
    expect(holder).toEqual({ pid: process.pid, host: os.hostname(), startedAt: expect.any(String) });
    expect(Math.abs(Date.parse(holder.startedAt as string) - Date.now())).toBeLessThan(60_000);

    const error = refusal(dataDir);
    expect(error).toBeInstanceOf(DataFolderLockedError);
    expect(error.message).toBe(
      `The data folder ${dataDir} is already in use by another Một Cửa ward service ` +
        `(process ${process.pid} on ${os.hostname()}, started ${holder.startedAt as string}). ` +
        'Stop that one first, or start this one with another --data folder.',
    );
  });

  it('says so without details when the holder left no note, and lets the folder be taken once released', () => {
    const dataDir = tempDir();
    const first = lockDataFolder(dataDir);
    fs.rmSync(path.join(dataDir, 'motcua.lock.json'));
    expect(refusal(dataDir).message).toBe(
      `The data folder ${dataDir} is already in use by another Một Cửa ward service. ` +
        'Stop that one first, or start this one with another --data folder.',
    );
    first.release();
    held.push(lockDataFolder(dataDir));
  });

  it('says so without details when the holder note is unreadable', () => {
    const dataDir = tempDir();
    held.push(lockDataFolder(dataDir));
    fs.writeFileSync(path.join(dataDir, 'motcua.lock.json'), '{"pid": 12');
    const error = refusal(dataDir);
    expect(error).toBeInstanceOf(DataFolderLockedError);
    expect(error.message).toBe(
      `The data folder ${dataDir} is already in use by another Một Cửa ward service. ` +
        'Stop that one first, or start this one with another --data folder.',
    );
  });

  it('does not call a damaged lock file "in use": the database error comes through as it is', () => {
    const dataDir = tempDir();
    fs.writeFileSync(
      path.join(dataDir, 'motcua.lock'),
      'this is not a SQLite database, and it is long enough to be read as one.'.repeat(4),
    );
    const error = refusal(dataDir);
    expect(error).not.toBeInstanceOf(DataFolderLockedError);
    expect((error as Error & { code?: string }).code).toBe('SQLITE_NOTADB');
  });

  it('refuses a folder that cannot take a file, with the system reason, before taking any lock', () => {
    const dataDir = tempDir();
    // The write probe's own name taken by a folder: opening it for writing fails even for root.
    fs.mkdirSync(path.join(dataDir, `.write-probe-${process.pid}`));
    const error = refusal(dataDir);
    expect(error).toBeInstanceOf(DataFolderNotWritableError);
    expect(error.message).toBe(
      `The data folder ${dataDir} cannot be written (EISDIR). Give this user write access to it, or choose another --data folder.`,
    );
    expect(fs.existsSync(path.join(dataDir, 'motcua.lock'))).toBe(false);
  });

  it('leaves no write probe behind', () => {
    const dataDir = tempDir();
    held.push(lockDataFolder(dataDir));
    expect(fs.readdirSync(dataDir).filter((name) => name.startsWith('.write-probe'))).toEqual([]);
    expect(fs.readFileSync(path.join(dataDir, 'motcua.lock.json'), 'utf8')).toContain(`"pid":${process.pid}`);
  });
});
