import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { backupFileName, listBackupFiles, pruneBackups } from '../../src/main/service/backup/backup-files';
import { tempDir } from '../support/ward-fixture';

// Gaps found by mutation testing: retention deletes only the files it made, by their exact name. A copy
// IT set aside under a longer name, however old, is not the app's to delete.

it('leaves an old backup alone once IT has renamed it to keep it, before or after the name', () => {
  const dir = tempDir();
  const now = new Date('2026-12-07T02:00:00.000Z');
  const old = backupFileName(new Date('2026-09-01T02:00:00.000Z'), 'daily');
  const kept = [`truoc-thanh-tra-${old}`, `${old}.giu-lai`];
  for (const name of [old, ...kept]) fs.writeFileSync(path.join(dir, name), 'x');
  expect(pruneBackups(dir, 30, now)).toEqual([old]);
  expect(fs.readdirSync(dir).sort()).toEqual(kept.sort());
  expect(listBackupFiles(dir)).toEqual([]);
});
