import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The built ward service (`node dist/main/serve.js`), as a ward runs it, on its own data folder and
// port. With a movable clock, the process runs with e2e-clock.ts preloaded so a test can move the
// service's time forward (calls made "90 seconds ago") without waiting.

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SERVE = path.join(REPO_ROOT, 'dist', 'main', 'serve.js');
const CLOCK_PRELOAD = path.join(REPO_ROOT, 'tests', 'support', 'e2e-clock.ts');
const READY_LINE = /Open the app: (http:\/\/127\.0\.0\.1:(\d+))\/#token=([\w-]+)/;
const START_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 10_000;

export interface WardProcess {
  baseUrl: string;
  port: number;
  /** The local renderer's token for this launch (a new one at every start). */
  token: string;
  /** Moves the service's clock forward; resolves once the service has moved it. */
  advanceClock(ms: number): Promise<void>;
  /** A clean stop (SIGTERM): the service closes its database. */
  stop(): Promise<void>;
}

export interface WardProcessOptions {
  dataDir: string;
  /** 0 for any free port. */
  port: number;
  movableClock?: boolean;
  /**
   * Whether a fresh ward shows the first-run wizard. Without it the ward starts as a silent install
   * does, with a machine config file that skips the wizard (and names nothing else).
   */
  wizard?: boolean;
}

export function assertBuilt(): void {
  if (!existsSync(SERVE) || !existsSync(path.join(REPO_ROOT, 'dist', 'renderer', 'index.html')))
    throw new Error(`No build in ${path.join(REPO_ROOT, 'dist')}: run \`npm run build\` before the end-to-end tests`);
}

export function startWardProcess(options: WardProcessOptions): Promise<WardProcess> {
  const preload = options.movableClock ? ['--import', 'tsx', '--import', CLOCK_PRELOAD] : [];
  // Always a file of the test's own: the machine's /etc/motcua/config.json must not reach a test.
  const machineConfig = path.join(options.dataDir, 'machine-config.json');
  writeFileSync(machineConfig, JSON.stringify(options.wizard ? {} : { setup: { skipWizard: true } }));
  const child = spawn(process.execPath, [...preload, SERVE, '--data', options.dataDir, '--port', String(options.port)], {
    cwd: REPO_ROOT,
    stdio: options.movableClock ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '', MOTCUA_MACHINE_CONFIG: machineConfig },
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? String(code))));

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the ward service did not start within ${START_TIMEOUT_MS} ms:\n${output}`));
    }, START_TIMEOUT_MS);
    void exited.then((status) => {
      clearTimeout(timer);
      reject(new Error(`the ward service exited (${status}) before it was ready:\n${output}`));
    });
    const onOutput = (): void => {
      const match = READY_LINE.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout!.off('data', onOutput);
      resolve({
        baseUrl: match[1]!,
        port: Number(match[2]),
        token: match[3]!,
        advanceClock: (ms) => advanceClock(child, ms),
        stop: () => stop(child, exited, () => output),
      });
    };
    child.stdout!.on('data', onOutput);
  });
}

function advanceClock(child: ChildProcess, ms: number): Promise<void> {
  if (!child.send) return Promise.reject(new Error('this ward service was started without a movable clock'));
  return new Promise((resolve) => {
    const onMessage = (message: unknown): void => {
      if ((message as { type?: string }).type !== 'clock-advanced') return;
      child.off('message', onMessage);
      resolve();
    };
    child.on('message', onMessage);
    child.send!({ type: 'advance-clock', ms });
  });
}

async function stop(child: ChildProcess, exited: Promise<string>, output: () => string): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  const status = await exited;
  clearTimeout(timer);
  if (status !== '0') throw new Error(`the ward service stopped with ${status}:\n${output()}`);
}
