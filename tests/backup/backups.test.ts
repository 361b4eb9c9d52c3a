import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupFileName, listBackupFiles, pruneBackups } from '../../src/main/service/backup/backup-files';
import { DATABASE_FILE, DatabaseDamagedError } from '../../src/main/service/db/open-database';
import { LATEST_SCHEMA_VERSION, migrations } from '../../src/main/service/db/migrations';
import { WardService } from '../../src/main/service/ward-service';
import { overwritePages } from '../support/corrupt-file';
import { tempDir } from '../support/ward-fixture';

const DAY_MS = 24 * 60 * 60 * 1000;

function ward(dataDir: string, extra: Partial<ConstructorParameters<typeof WardService>[0]> = {}): WardService {
  return new WardService({ dataDir, backup: { firstDelayMs: 3_600_000 }, ...extra });
}

function settingValue(file: string, key: string): unknown {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  } finally {
    db.close();
  }
}

describe('backup retention', () => {
  it('deletes only the backups older than the days kept, and never a file that is not a backup', () => {
    const dir = tempDir();
    const now = new Date('2026-12-07T02:00:00.000Z');
    const ages = [0, 1, 29, 30.5, 31, 90];
    for (const days of ages) fs.writeFileSync(path.join(dir, backupFileName(new Date(now.getTime() - days * DAY_MS), 'daily')), 'x');
    fs.writeFileSync(path.join(dir, 'notes-from-it.txt'), 'keep me');
    fs.writeFileSync(path.join(dir, 'motcua.sqlite'), 'not a backup name');
    const deleted = pruneBackups(dir, 30, now);
    expect(deleted).toHaveLength(3);
    const left = listBackupFiles(dir).map((b) => Math.round((now.getTime() - b.takenAt.getTime()) / DAY_MS));
    expect(left).toEqual([0, 1, 29]);
    expect(fs.readdirSync(dir)).toEqual(expect.arrayContaining(['notes-from-it.txt', 'motcua.sqlite']));
    expect(pruneBackups(dir, 1, now)).toHaveLength(1);
  });
});

describe('the daily backup', () => {
  it('is taken soon after the start, not again the same day, and again once a day has passed', async () => {
    const dataDir = tempDir();
    let now = new Date('2026-12-07T01:00:00.000Z');
    const started = new WardService({ dataDir, now: () => now, backup: { firstDelayMs: 10 } });
    try {
      await expect.poll(() => started.backups.list().length, { timeout: 10_000 }).toBe(1);
      expect(started.backups.list()[0]!.reason).toBe('daily');
      expect(started.backups.dailyDue()).toBe(false);
      now = new Date(now.getTime() + 21 * 60 * 60 * 1000);
      expect(started.backups.dailyDue()).toBe(true);
      await started.backups.takeDaily(started.db);
      expect(started.backups.list()).toHaveLength(2);
    } finally {
      started.close();
    }
  });
});

describe('backups around the database', () => {
  it('backs up an existing database before migrating it, and a new one not at all', () => {
    const dataDir = tempDir();
    // A database as the previous app version left it: every migration but the last.
    const old = new Database(path.join(dataDir, DATABASE_FILE));
    for (const m of migrations.slice(0, -1)) m.up(old, { now: new Date() });
    old.pragma(`user_version = ${LATEST_SCHEMA_VERSION - 1}`);
    old.prepare(`INSERT OR REPLACE INTO settings (key, value) VALUES ('wardName', ?)`).run(JSON.stringify('Phường Trước Nâng Cấp'));
    old.close();

    const upgraded = ward(dataDir);
    const backups = upgraded.backups.list();
    upgraded.close();
    expect(backups.map((b) => b.reason)).toEqual(['pre-migration']);
    const copy = new Database(backups[0]!.path, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION - 1);
    copy.close();
    expect(settingValue(backups[0]!.path, 'wardName')).toBe(JSON.stringify('Phường Trước Nâng Cấp'));

    const fresh = ward(tempDir());
    expect(fresh.backups.list()).toEqual([]);
    fresh.close();
  });

  it('refuses to start on a damaged database, names the newest good backup, and starts once it is restored', async () => {
    const dataDir = tempDir();
    const first = ward(dataDir);
    first.db.prepare(`INSERT OR REPLACE INTO settings (key, value) VALUES ('wardName', ?)`).run(JSON.stringify('Phường Cửa Nam'));
    const good = await first.backups.takeDaily(first.db);
    first.close();
    // A later backup that is itself damaged must not be the one offered.
    const bad = path.join(dataDir, 'backups', backupFileName(new Date(Date.now() + 60_000), 'daily'));
    fs.copyFileSync(good!.path, bad);
    overwritePages(bad);
    overwritePages(path.join(dataDir, DATABASE_FILE));

    let refusal: unknown;
    try {
      ward(dataDir).close();
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DatabaseDamagedError);
    const message = (refusal as Error).message;
    expect(message).toContain('is damaged');
    expect(message).toContain(`--restore-backup "${good!.path}"`);
    expect(message).toContain('Cơ sở dữ liệu bị hỏng');
    expect(message).not.toContain(bad);
    expect(fs.readFileSync(path.join(dataDir, 'logs', 'service.log'), 'utf8')).toContain('database.damaged');

    const restored = ward(dataDir, { restoreBackup: good!.path });
    try {
      expect(settingValue(path.join(dataDir, DATABASE_FILE), 'wardName')).toBe(JSON.stringify('Phường Cửa Nam'));
      expect(fs.readdirSync(dataDir).some((f) => f.startsWith('motcua.replaced-'))).toBe(true);
    } finally {
      restored.close();
    }
  });
});
