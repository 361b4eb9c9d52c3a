import path from 'node:path';
import { shellText } from '../../shared/i18n/vi/shell';

// How the shell starts, awaits and stops the ward service in its Electron utility process.
// The protocol is the one of src/main/service-process.ts.

/** A fixed port keeps the renderer's origin (and so its storage) stable, and lets LAN devices find the ward. */
export const DEFAULT_SERVICE_PORT = 7710;
export const SERVICE_READY_TIMEOUT_MS = 30_000;
export const SERVICE_STOP_TIMEOUT_MS = 5_000;

export interface ServiceLaunch {
  modulePath: string;
  dataDir: string;
  /** As given to the service; a port already in use is the commonest reason it cannot start. */
  port: string;
  options: { env: Record<string, string>; serviceName: string; stdio: ['ignore', 'inherit', 'pipe'] };
}

export interface ServiceLaunchInput {
  /** Folder of the built shell (dist/main), where service-process.js sits beside it. */
  mainDir: string;
  /** app.getPath('userData'). */
  userDataDir: string;
  env: Readonly<Record<string, string | undefined>>;
}

export function serviceLaunch(input: ServiceLaunchInput): ServiceLaunch {
  const dataDir = path.join(input.userDataDir, 'data');
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(input.env)) if (value !== undefined) env[key] = value;
  // Port and host may be overridden for LAN exposure or a second development copy.
  const port = env.MOTCUA_PORT ?? String(DEFAULT_SERVICE_PORT);
  return {
    modulePath: path.join(input.mainDir, 'service-process.js'),
    dataDir,
    port,
    options: {
      env: {
        ...env,
        // Always the app's own folder: a stray MOTCUA_DATA on a ward PC must not switch databases.
        MOTCUA_DATA: dataDir,
        MOTCUA_PORT: port,
        MOTCUA_HOST: env.MOTCUA_HOST ?? '127.0.0.1',
      },
      serviceName: `${shellText.appName} ward service`,
      // stderr is piped so a crash before 'ready' can be explained to the user.
      stdio: ['ignore', 'inherit', 'pipe'],
    },
  };
}

export type ServiceMessage = { type: 'ready'; port: number; token: string } | { type: 'failed'; message: string };

export function parseServiceMessage(data: unknown): ServiceMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.type === 'ready' && Number.isInteger(m.port) && (m.port as number) > 0 && typeof m.token === 'string' && m.token.length > 0) {
    return { type: 'ready', port: m.port as number, token: m.token };
  }
  if (m.type === 'failed' && typeof m.message === 'string') return { type: 'failed', message: m.message };
  return null;
}

/** The subset of Electron's UtilityProcess used here. */
export interface ServiceChild {
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  removeListener(event: 'message', listener: (message: unknown) => void): unknown;
  removeListener(event: 'exit', listener: (code: number) => void): unknown;
  postMessage(message: unknown): void;
  kill(): boolean;
}

/** The last `limit` characters written to a stream: the useful end of a crash report. */
export function outputTail(limit: number): { push(chunk: string | Uint8Array): void; text(): string } {
  let tail = '';
  return {
    push(chunk) {
      tail = (tail + (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))).slice(-limit);
    },
    text: () => tail.trim(),
  };
}

/** Resolves with the port and token, or rejects with the reason the service gave (or its last words). */
export function waitForServiceReady(
  child: ServiceChild,
  timeoutMs: number,
  lastOutput: () => string = () => '',
): Promise<{ port: number; token: string }> {
  return new Promise((resolve, reject) => {
    const finish = (settle: () => void): void => {
      clearTimeout(timer);
      child.removeListener('message', onMessage);
      child.removeListener('exit', onExit);
      settle();
    };
    const withOutput = (reason: string): Error => {
      const output = lastOutput();
      return new Error(output ? `${reason}\n${output}` : reason);
    };
    const onMessage = (data: unknown): void => {
      const message = parseServiceMessage(data);
      if (message?.type === 'ready') finish(() => resolve({ port: message.port, token: message.token }));
      else if (message?.type === 'failed') finish(() => reject(new Error(message.message)));
    };
    const onExit = (code: number): void =>
      finish(() => reject(withOutput(`The service process exited with code ${code} before it was ready.`)));
    const timer = setTimeout(() => {
      finish(() => {
        child.kill();
        reject(withOutput(`The service did not become ready within ${Math.round(timeoutMs / 1000)} s.`));
      });
    }, timeoutMs);
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

/** What the shell asks the ward service before putting an update in place. */
export interface ServiceSyncState {
  /** Changes not yet acknowledged by the city. */
  pendingOutbox: number;
  /** The city server this PC is enrolled with, null before enrolment: the update feed is below it. */
  cityUrl: string | null;
}

export const SYNC_STATE_MESSAGE = 'sync-state';

function parseSyncState(data: unknown): ServiceSyncState | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.type !== SYNC_STATE_MESSAGE || !Number.isInteger(m.pendingOutbox) || (m.pendingOutbox as number) < 0) return null;
  if (m.cityUrl !== null && typeof m.cityUrl !== 'string') return null;
  return { pendingOutbox: m.pendingOutbox as number, cityUrl: m.cityUrl };
}

/** Asks the running service for its sync state; null when it does not answer in time. */
export function askSyncState(child: ServiceChild, timeoutMs: number): Promise<ServiceSyncState | null> {
  return new Promise((resolve) => {
    const finish = (state: ServiceSyncState | null): void => {
      clearTimeout(timer);
      child.removeListener('message', onMessage);
      resolve(state);
    };
    const onMessage = (data: unknown): void => {
      const state = parseSyncState(data);
      if (state) finish(state);
    };
    const timer = setTimeout(() => finish(null), timeoutMs);
    child.on('message', onMessage);
    child.postMessage({ type: SYNC_STATE_MESSAGE });
  });
}

/** Asks the service to close its database cleanly; kills it if it does not exit in time. */
export function stopWardService(child: ServiceChild, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const onExit = (): void => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      child.removeListener('exit', onExit);
      child.kill();
      resolve();
    }, timeoutMs);
    child.on('exit', onExit);
    child.postMessage({ type: 'stop' });
  });
}
