import fs from 'node:fs';
import path from 'node:path';
import { DATABASE_FILE } from '../db/open-database';
import { checkDatabaseFile } from './check-backup';
import { writeJsonFile, writeRestoreReport } from './restore-report';

// A restore never swaps the file under open connections: the chosen backup is checked and copied next
// to the database, and the swap happens at the next start, before the database is opened.

export const STAGED_RESTORE_FILE = `${DATABASE_FILE}.restore-pending`;
/** Beside the staged copy: which backup it is, for the message after the restart. */
const STAGED_NOTE_FILE = `${STAGED_RESTORE_FILE}.json`;

export class BackupDamagedError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`The backup ${file} failed its integrity check (${problem}). Nothing was changed; choose another backup.`);
  }
}

/** Copies a checked backup next to the database, to replace it at the next start. */
export function stageRestore(dataDir: string, backupFile: string): void {
  const staged = path.join(dataDir, STAGED_RESTORE_FILE);
  const partial = `${staged}.partial`;
  fs.copyFileSync(backupFile, partial);
  // The copy is what will be used, so the copy is what is checked: a disk that garbles reads shows here.
  const problem = checkDatabaseFile(partial);
  if (problem !== 'ok') {
    fs.rmSync(partial, { force: true });
    throw new BackupDamagedError(backupFile, problem);
  }
  fsyncFile(partial);
  writeJsonFile(path.join(dataDir, STAGED_NOTE_FILE), { backup: path.basename(backupFile) });
  fs.renameSync(partial, staged);
}

function stagedBackupName(dataDir: string): string | null {
  try {
    const note = JSON.parse(fs.readFileSync(path.join(dataDir, STAGED_NOTE_FILE), 'utf8')) as { backup?: unknown };
    return typeof note.backup === 'string' ? note.backup : null;
  } catch {
    return null;
  }
}

export function hasStagedRestore(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, STAGED_RESTORE_FILE));
}

/**
 * Puts a staged backup in place of the database. The replaced database keeps its WAL beside it under a
 * timestamped name, so it still opens with everything it held. Returns that name, or null if nothing was
 * staged; leaves the restore report (restore-report.ts) for the desktop shell.
 */
export function applyStagedRestore(dataDir: string, now: Date): string | null {
  const staged = path.join(dataDir, STAGED_RESTORE_FILE);
  if (!fs.existsSync(staged)) return null;
  const live = path.join(dataDir, DATABASE_FILE);
  const aside = `motcua.replaced-${now.toISOString().replace(/[-:.]/g, '')}.sqlite`;
  let replaced: string | null = null;
  if (fs.existsSync(live)) {
    for (const suffix of ['-wal', '-shm', '']) {
      const from = `${live}${suffix}`;
      if (fs.existsSync(from)) fs.renameSync(from, path.join(dataDir, `${aside}${suffix}`));
    }
    replaced = aside;
  }
  fs.renameSync(staged, live);
  writeRestoreReport(dataDir, {
    backup: stagedBackupName(dataDir),
    replacedKeptAs: replaced ? path.join(dataDir, replaced) : null,
    restoredAt: now.toISOString(),
  });
  fs.rmSync(path.join(dataDir, STAGED_NOTE_FILE), { force: true });
  return replaced ?? aside;
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
