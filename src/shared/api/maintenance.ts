import { z } from 'zod';
import { Empty, FileDownload, method } from './method';
import { Instant } from './schemas';

// Keeping the install healthy: the database's backups, restoring one, and the bundle IT asks for when
// something breaks. Only an administrator on the hub PC, which holds the database, may do these.

const adminOnHub = { roles: ['local'], clerks: ['admin'] } as const;

export const BackupInfo = z.object({
  fileName: z.string(),
  takenAt: Instant,
  reason: z.enum(['daily', 'pre-migration']),
  bytes: z.number().int(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const maintenanceMethods = {
  listBackups: method({
    summary: 'The database backups in the backup folder, newest first, with the folder and how many days they are kept.',
    input: Empty,
    output: z.object({ folder: z.string(), keepDays: z.number().int(), backups: z.array(BackupInfo) }),
    ...adminOnHub,
  }),
  restoreBackup: method({
    summary:
      "Check a backup's integrity and stage it to replace the database; the service then stops, and the next start puts it in place, keeping the replaced database aside under a timestamped name.",
    input: z.object({ fileName: z.string().regex(/^motcua-[\w-]+\.sqlite$/) }).strict(),
    output: z.object({ restartRequired: z.literal(true) }),
    ...adminOnHub,
  }),
  exportDiagnostics: method({
    summary:
      'One zip for IT: the service logs, the configuration without secrets, app and schema versions, the integrity check, the sync status, the sync log of the last 7 days (CSV) and the backups list. No personal data.',
    input: Empty,
    output: FileDownload,
    download: true,
    ...adminOnHub,
  }),
} as const;
