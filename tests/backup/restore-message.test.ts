// After a restore staged for the next start, the desktop shell tells the user once which backup the
// database now is and where the replaced one was kept: the report a real restore leaves, and the
// message made of it for each state of that report.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoredDialog } from '../../src/main/electron/startup-message';
import { stageRestore } from '../../src/main/service/backup/restore';
import { RESTORE_REPORT_FILE, takeRestoreReport } from '../../src/main/service/backup/restore-report';
import { WardService } from '../../src/main/service/ward-service';
import { tempDir } from '../support/ward-fixture';

const RESTORED_AT = '2026-12-07T02:05:00.000Z';

function ward(dataDir: string, now: Date): WardService {
  return new WardService({ dataDir, now: () => now, backup: { firstDelayMs: 3_600_000 } });
}

describe('the restore report a start leaves', () => {
  it('names the backup put in place and where the replaced database was kept, and is told once', async () => {
    const dataDir = tempDir();
    const first = ward(dataDir, new Date('2026-12-06T09:00:00.000Z'));
    const backup = await first.backups.takeDaily(first.db);
    stageRestore(dataDir, backup!.path);
    first.close();

    ward(dataDir, new Date(RESTORED_AT)).close();
    const text = takeRestoreReport(dataDir);
    const aside = fs.readdirSync(dataDir).find((f) => /^motcua\.replaced-.*\.sqlite$/.test(f))!;
    expect(JSON.parse(text!)).toEqual({ backup: backup!.fileName, replacedKeptAs: path.join(dataDir, aside), restoredAt: RESTORED_AT });
    const dialog = restoredDialog(text, dataDir)!;
    expect(dialog.title).toBe('Dữ liệu đã được khôi phục từ bản sao lưu');
    expect(dialog.message).toContain(`từ bản sao lưu ${backup!.fileName} lúc 09:05 07/12/2026`);
    expect(dialog.message).toContain(`được giữ nguyên, không bị xoá, tại: ${path.join(dataDir, aside)}`);

    // Once: the next start has nothing to tell.
    expect(fs.existsSync(path.join(dataDir, RESTORE_REPORT_FILE))).toBe(false);
    ward(dataDir, new Date('2026-12-07T03:00:00.000Z')).close();
    expect(restoredDialog(takeRestoreReport(dataDir), dataDir)).toBeNull();
  });
});

describe('the message after a restore', () => {
  const dataDir = path.join('C:', 'Users', 'quay1', 'AppData', 'Roaming', 'Một Cửa', 'data');

  it('says there was nothing to keep when the PC had no database before', () => {
    const dialog = restoredDialog(
      JSON.stringify({ backup: 'motcua-20261206T090000000Z-daily.sqlite', replacedKeptAs: null, restoredAt: RESTORED_AT }),
      dataDir,
    )!;
    expect(dialog.message).toContain('motcua-20261206T090000000Z-daily.sqlite');
    expect(dialog.message).toContain('chưa có cơ sở dữ liệu nào');
  });

  it('still tells of the restore when the backup name is unknown', () => {
    const dialog = restoredDialog(
      JSON.stringify({ backup: null, replacedKeptAs: 'D:\\motcua.replaced-x.sqlite', restoredAt: RESTORED_AT }),
      dataDir,
    )!;
    expect(dialog.message).toContain('(không rõ tên tệp) lúc 09:05 07/12/2026');
    expect(dialog.message).toContain('D:\\motcua.replaced-x.sqlite');
  });

  it('still tells of the restore, and where to look, when the report cannot be read', () => {
    for (const text of ['{"backup": "motcua-x.sqlite"', '{"backup": 3}', '']) {
      const dialog = restoredDialog(text, dataDir)!;
      expect(dialog.title).toBe('Dữ liệu đã được khôi phục từ bản sao lưu');
      expect(dialog.message).toContain('motcua.replaced-');
      expect(dialog.message).toContain(dataDir);
    }
  });

  it('says nothing when no restore happened', () => {
    expect(restoredDialog(null, dataDir)).toBeNull();
  });
});
