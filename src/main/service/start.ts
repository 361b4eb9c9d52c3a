import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FirstAdminFile } from '../../shared/api/accounts';
import { createHttpServer } from '../http/http-server';
import { LOCAL_CALLER } from './caller';
import type { MachineSetup } from '../machine-config';
import { WardService, type WardServiceOptions } from './ward-service';

export interface WardServiceStartOptions {
  dataDir: string;
  port: number;
  /** 127.0.0.1 unless the ward opts in to LAN devices. */
  host?: string;
  staticDir?: string;
  now?: () => Date;
  /** From a set-up file: created only if the data folder has no account yet. */
  firstAdmin?: FirstAdminFile['firstAdmin'];
  /** Backup folder and retention, and a backup to restore before opening the database. */
  backup?: WardServiceOptions['backup'];
  restoreBackup?: string;
  /** The machine config file's `setup` section. */
  machineSetup?: MachineSetup | null;
}

export interface RunningWardService {
  ward: WardService;
  port: number;
  host: string;
  /** The local renderer's token for this launch. */
  token: string;
  /** Where the local renderer opens, with its token in the fragment (never sent over the wire). */
  appUrl: string;
  close(): Promise<void>;
  /** Settles when the service stopped itself: a restore was staged and takes effect at the next start. */
  stoppedForRestore: Promise<void>;
}

/** Long enough for the restore's answer to leave before the server closes. */
const STOP_AFTER_ANSWER_MS = 200;

export const APP_VERSION = '0.2.0';

// A clean stop lets devices finish their request and answer the WebSocket close frame; a device that
// never answers (a frozen tablet, a half-sent request) must not hold the database open past this, or
// the PC's shutdown ends the process with SIGKILL instead.
const CLOSE_GRACE_MS = 2_000;

export function defaultStaticDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../renderer');
}

export async function startWardService(options: WardServiceStartOptions): Promise<RunningWardService> {
  const host = options.host ?? '127.0.0.1';
  const ward = new WardService({
    dataDir: options.dataDir,
    sync: { appVersion: APP_VERSION },
    ...(options.now ? { now: options.now } : {}),
    ...(options.backup ? { backup: options.backup } : {}),
    ...(options.restoreBackup ? { restoreBackup: options.restoreBackup } : {}),
    machineSetup: options.machineSetup ?? null,
  });
  if (options.firstAdmin && ward.clerks.needsFirstAdmin) {
    const { username, fullName, secret } = options.firstAdmin;
    // Written down in a file, so it is a first secret only: the administrator chooses their own at sign-in.
    ward.accounts.createFirstAdmin(LOCAL_CALLER, {
      username,
      fullName,
      secretHash: await ward.secrets.hash(secret),
      mustChangeSecret: true,
    });
    ward.clerks.firstAdminCreated();
  }
  const lan = !['127.0.0.1', 'localhost', '::1'].includes(host);
  const app = await createHttpServer({ ward, staticDir: options.staticDir ?? defaultStaticDir(), lan, version: APP_VERSION });
  try {
    await app.listen({ port: options.port, host });
  } catch (error) {
    ward.close();
    throw error;
  }
  // The API answers first; what the start left unchecked is read in the background from now.
  void ward.checkWholeFileInBackground();
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const token = ward.devices.localToken;
  let closed: Promise<void> | null = null;
  const close = async (): Promise<void> => {
    const force = setTimeout(() => {
      for (const client of app.websocketServer.clients) client.terminate();
      app.server.closeAllConnections();
    }, CLOSE_GRACE_MS);
    try {
      await app.close();
    } finally {
      clearTimeout(force);
    }
    ward.close();
  };
  const closeOnce = () => (closed ??= close());
  const stoppedForRestore = new Promise<void>((resolve, reject) => {
    ward.onStopRequested(() => setTimeout(() => closeOnce().then(resolve, reject), STOP_AFTER_ANSWER_MS));
  });
  return {
    ward,
    port,
    host,
    token,
    appUrl: `http://127.0.0.1:${port}/#token=${token}`,
    close: closeOnce,
    stoppedForRestore,
  };
}
