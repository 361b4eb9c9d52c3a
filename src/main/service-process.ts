import { machineSetupOf } from './machine-config';
import { parseKeepDays } from './service/backup/backups';
import { SYNC_STATE_MESSAGE } from './electron/service-launch';
import { startWardService } from './service/start';

// Entry of the Electron utility process. It never imports 'electron': the parent port is reached
// through `process.parentPort`, which Electron adds to a utility process.

interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;

async function main(): Promise<void> {
  const dataDir = process.env.MOTCUA_DATA;
  if (!dataDir) throw new Error('MOTCUA_DATA is not set');
  const running = await startWardService({
    dataDir,
    port: Number(process.env.MOTCUA_PORT ?? 0),
    host: process.env.MOTCUA_HOST ?? '127.0.0.1',
    backup: {
      ...(process.env.MOTCUA_BACKUP_DIR ? { dir: process.env.MOTCUA_BACKUP_DIR } : {}),
      ...(process.env.MOTCUA_BACKUP_DAYS ? { keepDays: parseKeepDays(process.env.MOTCUA_BACKUP_DAYS, 'MOTCUA_BACKUP_DAYS') } : {}),
    },
    // The same file the shell read; MOTCUA_MACHINE_CONFIG, if IT set it, reaches here with the environment.
    machineSetup: machineSetupOf(process.platform, process.env),
  });
  // The desktop app shows its "service stopped" dialog; the next start finishes the restore.
  void running.stoppedForRestore.then(() => process.exit(0));
  parentPort?.postMessage({ type: 'ready', port: running.port, token: running.token });
  parentPort?.on('message', (event) => {
    const type = (event.data as { type?: string } | null)?.type;
    if (type === 'stop') void running.close().then(() => process.exit(0));
    // The shell asks before it puts a downloaded update in place (electron/update-policy.ts).
    if (type === SYNC_STATE_MESSAGE) {
      const status = running.ward.sync.status();
      parentPort.postMessage({ type: SYNC_STATE_MESSAGE, pendingOutbox: status.pending.total, cityUrl: status.city?.url ?? null });
    }
  });
}

main().catch((error: unknown) => {
  parentPort?.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
