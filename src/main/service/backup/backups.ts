import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from '../db/open-database';
import type { ServiceLog } from '../logging/service-log';
import { backupFileName, listBackupFiles, pruneBackups, type BackupFile } from './backup-files';

export interface BackupSettings {
  /** Where backups go: `<data folder>/backups` unless IT points it elsewhere (another disk, a share). */
  dir: string;
  keepDays: number;
}

export const DEFAULT_KEEP_DAYS = 30;

/** The retention IT gives on the command line or in the environment: whole days, at least one. */
export function parseKeepDays(text: string, source: string): number {
  const days = Number(text);
  if (!Number.isInteger(days) || days < 1) throw new Error(`${source} must be a whole number of days (1 or more), got ${text}`);
  return days;
}
const HOUR_MS = 60 * 60 * 1000;
/** A PC switched off every evening never sees a 24-hour timer fire: the due check runs every hour instead. */
const DAILY_AFTER_MS = 20 * HOUR_MS;

export class Backups {
  private inFlight: Promise<BackupFile | null> | null = null;

  constructor(
    readonly settings: BackupSettings,
    private readonly log: ServiceLog,
    private readonly now: () => Date,
  ) {}

  list(): BackupFile[] {
    return listBackupFiles(this.settings.dir);
  }

  find(fileName: string): BackupFile | undefined {
    return this.list().find((b) => b.fileName === fileName);
  }

  /**
   * Before a schema change, while nothing else is open on the database: VACUUM INTO is synchronous, so the
   * migration cannot start before the copy is whole, which the asynchronous backup API could not promise here.
   */
  beforeMigration(db: Db, from: number, to: number): void {
    const file = this.prepareTarget(backupFileName(this.now(), 'pre-migration', `-v${from}`));
    db.prepare('VACUUM INTO ?').run(file.partial);
    this.finish(file);
    this.log.info('backup.made', { reason: 'pre-migration', fromVersion: from, toVersion: to, file: path.basename(file.final) });
  }

  /** An online backup while the counters work: SQLite's backup API copies pages in steps between requests. */
  takeDaily(db: Db): Promise<BackupFile | null> {
    this.inFlight ??= this.runDaily(db).finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  dailyDue(): boolean {
    const newest = this.list()[0];
    return !newest || this.now().getTime() - newest.takenAt.getTime() >= DAILY_AFTER_MS;
  }

  /** Checks every hour (first after `firstDelayMs`, so a start is not slowed) and backs up when one is due. */
  scheduleDaily(db: Db, firstDelayMs: number): () => void {
    const check = () => {
      if (this.dailyDue()) void this.takeDaily(db);
    };
    const first = setTimeout(check, firstDelayMs);
    const hourly = setInterval(check, HOUR_MS);
    first.unref();
    hourly.unref();
    return () => {
      clearTimeout(first);
      clearInterval(hourly);
    };
  }

  private async runDaily(db: Db): Promise<BackupFile | null> {
    const file = this.prepareTarget(backupFileName(this.now(), 'daily'));
    try {
      await db.backup(file.partial);
      this.finish(file);
    } catch (error) {
      fs.rmSync(file.partial, { force: true });
      // The database closing mid-copy (the service stopping) ends a backup too; the next start makes it.
      this.log.error('backup.failed', { reason: 'daily', error: (error as Error).message });
      return null;
    }
    const deleted = pruneBackups(this.settings.dir, this.settings.keepDays, this.now());
    this.log.info('backup.made', { reason: 'daily', file: path.basename(file.final), deletedOld: deleted.length });
    return this.find(path.basename(file.final)) ?? null;
  }

  private prepareTarget(fileName: string): { partial: string; final: string } {
    fs.mkdirSync(this.settings.dir, { recursive: true });
    const final = path.join(this.settings.dir, fileName);
    return { partial: `${final}.partial`, final };
  }

  /** A finished copy is turned into a self-contained file (no WAL), so it opens read-only anywhere. */
  private finish(file: { partial: string; final: string }): void {
    const copy = new Database(file.partial);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    fs.renameSync(file.partial, file.final);
  }
}
