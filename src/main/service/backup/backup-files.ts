import fs from 'node:fs';
import path from 'node:path';

// A backup's name carries when it was taken and why, so listing and retention need no index file that
// could itself be lost: motcua-20261207T020000000Z-daily.sqlite.

export type BackupReason = 'daily' | 'pre-migration';

export interface BackupFile {
  fileName: string;
  path: string;
  takenAt: Date;
  reason: BackupReason;
  bytes: number;
}

const NAME = /^motcua-(\d{8}T\d{9}Z)-(daily|pre-migration)(?:-v\d+)?\.sqlite$/;

export function backupFileName(takenAt: Date, reason: BackupReason, suffix = ''): string {
  const stamp = takenAt.toISOString().replace(/[-:.]/g, '');
  return `motcua-${stamp}-${reason}${suffix}.sqlite`;
}

function parseStamp(stamp: string): Date {
  const [, y, mo, d, h, mi, s, ms] = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp)!;
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
}

/** The backups in the folder, newest first; files of any other name are not ours and are left alone. */
export function listBackupFiles(dir: string): BackupFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const found: BackupFile[] = [];
  for (const fileName of names) {
    const match = NAME.exec(fileName);
    if (!match) continue;
    const file = path.join(dir, fileName);
    found.push({ fileName, path: file, takenAt: parseStamp(match[1]!), reason: match[2] as BackupReason, bytes: fs.statSync(file).size });
  }
  return found.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

/** Deletes backups taken more than `keepDays` days before `now`; returns the names deleted. */
export function pruneBackups(dir: string, keepDays: number, now: Date): string[] {
  const cutoff = now.getTime() - keepDays * 24 * 60 * 60 * 1000;
  const old = listBackupFiles(dir).filter((b) => b.takenAt.getTime() < cutoff);
  for (const b of old) fs.rmSync(b.path, { force: true });
  return old.map((b) => b.fileName);
}
