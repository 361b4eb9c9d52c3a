import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { shellText } from '../shared/i18n/vi/shell';
import { machineSetupOf } from './machine-config';
import { readFirstAdminFile } from './service/accounts/first-admin-file';
import { parseKeepDays } from './service/backup/backups';
import { startWardService } from './service/start';

// `npm run serve -- --data <dir> --port <n> [--host 0.0.0.0]`: the ward service in plain Node, serving
// the renderer and the API. The desktop app runs the same service in an Electron utility process.

const DEFAULT_PORT = 7710;

function defaultDataDir(): string {
  if (process.env.MOTCUA_DATA) return process.env.MOTCUA_DATA;
  const base = process.platform === 'win32' ? (process.env.APPDATA ?? os.homedir()) : path.join(os.homedir(), '.local', 'share');
  return path.join(base, 'motcua');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'first-admin': { type: 'string' },
      'backup-dir': { type: 'string' },
      'backup-days': { type: 'string' },
      'restore-backup': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(
      'Usage: npm run serve -- [--data <dir>] [--port <n>] [--host <address>] [--first-admin <file.json>] ' +
        '[--backup-dir <dir>] [--backup-days <n>] [--restore-backup <file.sqlite>]',
    );
    return;
  }
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0-65535, got ${values.port}`);
  const dataDir = path.resolve(values.data ?? defaultDataDir());
  const keepDays = values['backup-days'] === undefined ? undefined : parseKeepDays(values['backup-days'], '--backup-days');
  const firstAdmin = values['first-admin'] ? readFirstAdminFile(path.resolve(values['first-admin'])) : undefined;
  const running = await startWardService({
    dataDir,
    port,
    ...(values.host ? { host: values.host } : {}),
    ...(firstAdmin ? { firstAdmin } : {}),
    backup: {
      ...(values['backup-dir'] ? { dir: path.resolve(values['backup-dir']) } : {}),
      ...(keepDays ? { keepDays } : {}),
    },
    ...(values['restore-backup'] ? { restoreBackup: path.resolve(values['restore-backup']) } : {}),
    machineSetup: machineSetupOf(process.platform, process.env),
  });
  void running.stoppedForRestore.then(() => {
    console.log('A backup was staged from Settings and the service stopped: start it again to finish the restore.');
    process.exit(0);
  });

  console.log(`${shellText.appName} ward service ready on port ${running.port} (data: ${dataDir})`);
  console.log(`Open the app: ${running.appUrl}`);
  if (running.host !== '127.0.0.1') {
    const lan = Object.values(os.networkInterfaces())
      .flat()
      .filter((a) => a && a.family === 'IPv4' && !a.internal)
      .map((a) => `http://${a!.address}:${running.port}/kiosk`);
    console.log(`LAN devices: open ${lan.join(' or ') || `port ${running.port}`} and pair with a code from Settings.`);
  }

  let closing = false;
  const stop = (): void => {
    if (closing) return;
    closing = true;
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`Could not start the ward service: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
