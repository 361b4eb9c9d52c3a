import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { STAGED_RESTORE_FILE } from '../../src/main/service/backup/restore';
import { overwritePages } from '../support/corrupt-file';
import { startTestWardService, type TestWardService } from '../support/test-ward-service';

// An administrator restores a backup from Settings: the data of that moment comes back, the database
// it replaced is kept aside, and a damaged backup is refused without touching anything.

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

function freshDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-backup-'));
  dirs.push(dir);
  return dir;
}

async function wardName(service: TestWardService): Promise<string> {
  return (await service.client.ok('getConfig', {}, service.token)).settings.wardName;
}

async function backupNow(service: TestWardService): Promise<string> {
  const made = await service.running.ward.backups.takeDaily(service.running.ward.db);
  expect(made).not.toBeNull();
  return made!.fileName;
}

describe('restoring a backup from Settings', () => {
  it('brings back the data of the backup after the restart and keeps the replaced database aside', async () => {
    const dataDir = freshDir();
    const first = await startTestWardService({}, dataDir);
    await first.client.ok('updateSettings', { wardName: 'Phường Hoàn Kiếm' }, first.token);
    const fileName = await backupNow(first);
    await first.client.ok('updateSettings', { wardName: 'Phường Đổi Tên Sau Sao Lưu' }, first.token);

    const listed = await first.client.ok('listBackups', {}, first.token);
    expect(listed.backups.map((b) => b.fileName)).toEqual([fileName]);
    expect(listed.keepDays).toBe(30);
    expect(await first.client.ok('restoreBackup', { fileName }, first.token)).toEqual({ restartRequired: true });
    // The service stops itself, so nothing more is written to the database about to be replaced.
    await first.running.stoppedForRestore;
    first.client.close();

    const second = await startTestWardService({}, dataDir);
    try {
      expect(await wardName(second)).toBe('Phường Hoàn Kiếm');
      const aside = fs.readdirSync(dataDir).filter((f) => /^motcua\.replaced-\d{8}T\d{9}Z\.sqlite$/.test(f));
      expect(aside).toHaveLength(1);
      const kept = new Database(path.join(dataDir, aside[0]!), { readonly: true });
      expect(kept.prepare(`SELECT value FROM settings WHERE key = 'wardName'`).get()).toEqual({
        value: JSON.stringify('Phường Đổi Tên Sau Sao Lưu'),
      });
      kept.close();
      expect(fs.existsSync(path.join(dataDir, STAGED_RESTORE_FILE))).toBe(false);
    } finally {
      await second.close();
    }
  }, 60_000);

  it('refuses a damaged backup with a clear error, keeps running and changes nothing', async () => {
    const service = await startTestWardService({}, freshDir());
    try {
      await service.client.ok('updateSettings', { wardName: 'Phường Ba Đình' }, service.token);
      const fileName = await backupNow(service);
      const file = path.join(service.dataDir, 'backups', fileName);
      overwritePages(file);
      const refused = await service.client.call('restoreBackup', { fileName }, service.token);
      expect(refused.status).toBe(422);
      expect((refused.body as { error: { code: string; message: string } }).error).toMatchObject({
        code: 'backup_damaged',
        message: expect.stringMatching(/bị hỏng/),
      });
      expect(fs.existsSync(path.join(service.dataDir, STAGED_RESTORE_FILE))).toBe(false);
      expect(await wardName(service)).toBe('Phường Ba Đình');
      const unknown = await service.client.call('restoreBackup', { fileName: 'motcua-none.sqlite' }, service.token);
      expect(unknown.status).toBe(404);
    } finally {
      await service.close();
    }
  }, 60_000);
});
