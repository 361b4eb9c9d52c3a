import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serviceEntries } from './service-entries';
import { adminSession, fetchPost } from './test-admin';

// The service as its own process, started as `npm run serve` does, from this run's build of the source
// (tests/support/service-entries.ts), so a test can SIGKILL it at any instant like a power cut would.

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const READY_LINE = /Open the app: (http:\/\/127\.0\.0\.1:(\d+))\/#token=([\w-]+)/;
const START_TIMEOUT_MS = 30_000;

export interface ChildWardService {
  process: ChildProcess;
  baseUrl: string;
  port: number;
  /** The test administrator's session on this launch (signed in again at every start). */
  token: string;
  launchToken: string;
  /** Everything the process wrote to stderr, for failure messages. */
  stderr(): string;
  stdout(): string;
  /** Resolves with the exit signal or code once the process has gone. */
  exited: Promise<NodeJS.Signals | number | null>;
}

/** `env`: extra environment for the process (a crash point to arm, for one). */
export function spawnWardService(dataDir: string, env: Record<string, string> = {}): Promise<ChildWardService> {
  const child = spawn(process.execPath, [serviceEntries().ward, '--data', dataDir, '--port', '0'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '', ...env },
  });
  let stdout = '';
  let stderr = '';
  let ready = false;
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`service did not start within ${START_TIMEOUT_MS} ms\n${stdout}\n${stderr}`));
    }, START_TIMEOUT_MS);
    void exited.then((status) => {
      clearTimeout(timer);
      reject(new Error(`service exited (${String(status)}) before it was ready\n${stdout}\n${stderr}`));
    });
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = READY_LINE.exec(stdout);
      if (!match || ready) return;
      ready = true;
      clearTimeout(timer);
      const [baseUrl, launchToken] = [match[1]!, match[3]!];
      adminSession(fetchPost(baseUrl), launchToken).then(
        (token) =>
          resolve({
            process: child,
            baseUrl,
            port: Number(match[2]),
            token,
            launchToken,
            stderr: () => stderr,
            stdout: () => stdout,
            exited,
          }),
        reject,
      );
    });
  });
}

/** A clean stop (SIGTERM): the service closes its database, checkpointing the WAL. */
export async function stopWardService(service: ChildWardService): Promise<void> {
  service.process.kill('SIGTERM');
  const status = await service.exited;
  if (status !== 0) throw new Error(`service stopped with ${String(status)}\n${service.stderr()}`);
}
