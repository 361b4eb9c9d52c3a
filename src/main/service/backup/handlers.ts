import path from 'node:path';
import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import { ApiError } from '../api-error';
import type { Caller } from '../caller';
import type { ServiceLog } from '../logging/service-log';
import type { Backups } from './backups';
import { BackupDamagedError, stageRestore } from './restore';

export interface BackupHandlerDeps {
  backups: Backups;
  dataDir: string;
  log: ServiceLog;
  /** The service stops after answering, so that nothing is written to the database about to be replaced. */
  requestStop: () => void;
}

export function backupHandlers(deps: BackupHandlerDeps) {
  const { backups, log } = deps;
  return {
    listBackups: (): MethodOutput<'listBackups'> => ({
      folder: backups.settings.dir,
      keepDays: backups.settings.keepDays,
      backups: backups.list().map((b) => ({ fileName: b.fileName, takenAt: b.takenAt.toISOString(), reason: b.reason, bytes: b.bytes })),
    }),
    restoreBackup: (input: ParsedInput<'restoreBackup'>, caller: Caller): MethodOutput<'restoreBackup'> => {
      const backup = backups.find(input.fileName);
      if (!backup) throw new ApiError('backup_not_found');
      try {
        stageRestore(deps.dataDir, backup.path);
      } catch (error) {
        if (!(error instanceof BackupDamagedError)) throw error;
        log.warn('backup.restore_refused', { file: backup.fileName, problem: error.problem });
        throw new ApiError('backup_damaged');
      }
      log.info('backup.restore_staged', { file: path.basename(backup.path), clerkId: caller.clerk?.id ?? null });
      deps.requestStop();
      return { restartRequired: true };
    },
  };
}
