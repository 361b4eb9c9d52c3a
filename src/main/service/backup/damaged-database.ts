import { damagedDatabaseText } from '../../../shared/i18n/vi/maintenance';
import { DatabaseDamagedError } from '../db/open-database';
import type { Backups } from './backups';
import { checkDatabaseFile } from './check-backup';

/** The start refusal IT reads: what is wrong, the newest backup that passes its check, and the command to restore it. */
export function withBackupAdvice(damaged: DatabaseDamagedError, backups: Backups): DatabaseDamagedError {
  const good = newestGoodBackup(backups);
  const english = good
    ? `The newest backup that passes its integrity check is ${good}; restore it with: ` +
      `npm run serve -- --data <data folder> --restore-backup "${good}" (the damaged file is kept aside).`
    : 'No backup passes its integrity check: move the file aside to start empty, then start again.';
  return new DatabaseDamagedError(damaged.file, damaged.detail, `${english}\n${damagedDatabaseText(good)}`);
}

/** Newest first, stopping at the first good one: checking every backup of a month would hold up the message. */
function newestGoodBackup(backups: Backups): string | null {
  for (const backup of backups.list()) if (checkDatabaseFile(backup.path) === 'ok') return backup.path;
  return null;
}
