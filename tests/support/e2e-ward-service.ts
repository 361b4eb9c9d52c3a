import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { HostAnswer, HostRequest } from './e2e-ward-host';

// A test's ward service, on its own data folder and port, started one of two ways:
// - in the worker's ward host (the default, e2e-ward-host.ts): the service's start function, with the
//   renderer from dist/. A start there costs about 70 ms of CPU against about 900 ms for a new Node
//   process loading the same modules, and the suite starts some eighty of them.
// - as the built `node dist/main/serve.js` a ward runs, for a movable clock: the process runs with
//   e2e-clock.ts preloaded, which replaces its Date, so a test can move the service's time ("calls made
//   90 seconds ago") without waiting, and without moving the other services' clocks.

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SERVE = path.join(REPO_ROOT, 'dist', 'main', 'serve.js');
const RENDERER = path.join(REPO_ROOT, 'dist', 'renderer');
/** Where the global set-up (e2e-global-setup.ts) tells the workers the built ward host and clock preload are. */
export const WARD_HOST_ENV = 'MOTCUA_E2E_WARD_HOST';
export const CLOCK_PRELOAD_ENV = 'MOTCUA_E2E_CLOCK';
const READY_LINE = /Open the app: (http:\/\/127\.0\.0\.1:(\d+))\/#token=([\w-]+)/;
const START_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 10_000;

export interface RunningWard {
  baseUrl: string;
  port: number;
  /** The local renderer's token for this launch (a new one at every start). */
  token: string;
  /** Moves the service's clock forward; resolves once the service has moved it. */
  advanceClock(ms: number): Promise<void>;
  /** A clean stop (SIGTERM for the process): the service closes its database. */
  stop(): Promise<void>;
}

export interface WardStartOptions {
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

/** Always a file of the test's own: the machine's /etc/motcua/config.json must not reach a test. */
function writeMachineConfig(options: WardStartOptions): string {
  const file = path.join(options.dataDir, 'machine-config.json');
  writeFileSync(file, JSON.stringify(options.wizard ? {} : { setup: { skipWizard: true } }));
  return file;
}

export function startWard(options: WardStartOptions): Promise<RunningWard> {
  return options.movableClock ? startWardProcess(options) : startWardInHost(options);
}

interface PendingAnswer {
  resolve(answer: HostAnswer): void;
  reject(error: Error): void;
}

/** This worker's ward host process (e2e-ward-host.ts), started with the first ward it is asked for. */
class WardHost {
  private readonly child: ChildProcess;
  private readonly pending = new Map<number, PendingAnswer>();
  private output = '';
  private nextId = 1;
  private exited: string | null = null;

  constructor(file: string) {
    this.child = spawn(process.execPath, [file], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    // Kept for a failure's message only: the last lines are the ones that explain it.
    const keep = (chunk: Buffer): void => {
      this.output = (this.output + chunk.toString()).slice(-20_000);
    };
    this.child.stdout!.on('data', keep);
    this.child.stderr!.on('data', keep);
    this.child.on('message', (answer: HostAnswer) => {
      const waiting = this.pending.get(answer.id);
      this.pending.delete(answer.id);
      waiting?.resolve(answer);
    });
    this.child.once('exit', (code, signal) => {
      this.exited = signal ?? String(code);
      for (const waiting of this.pending.values()) waiting.reject(new Error(`the ward host exited (${this.exited}):\n${this.output}`));
      this.pending.clear();
    });
  }

  private ask(request: HostRequest, timeoutMs: number): Promise<HostAnswer> {
    if (this.exited !== null) return Promise.reject(new Error(`the ward host exited (${this.exited}):\n${this.output}`));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(request.id);
        reject(new Error(`the ward host did not answer ${request.type} within ${timeoutMs} ms:\n${this.output}`));
      }, timeoutMs);
      this.pending.set(request.id, {
        resolve: (answer) => {
          clearTimeout(timer);
          if (answer.type === 'failed') reject(new Error(`the ward service could not ${request.type}: ${answer.message}\n${this.output}`));
          else resolve(answer);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.child.send(request);
    });
  }

  async start(options: WardStartOptions): Promise<RunningWard> {
    const id = this.nextId++;
    const answer = await this.ask(
      { type: 'start', id, dataDir: options.dataDir, port: options.port, staticDir: RENDERER, machineConfig: writeMachineConfig(options) },
      START_TIMEOUT_MS,
    );
    if (answer.type !== 'started') throw new Error(`the ward host answered ${answer.type} to a start`);
    let stopped: Promise<void> | undefined;
    return {
      baseUrl: `http://127.0.0.1:${answer.port}`,
      port: answer.port,
      token: answer.token,
      advanceClock: () => Promise.reject(new Error('this ward service was started without a movable clock')),
      stop: () => (stopped ??= this.ask({ type: 'stop', id }, STOP_TIMEOUT_MS).then(() => undefined)),
    };
  }
}

let host: WardHost | undefined;

/** A file the global set-up built for this run. */
function builtFile(variable: string): string {
  const file = process.env[variable];
  if (!file) throw new Error(`${variable} is not set: run the end-to-end tests with \`playwright test\`, whose global set-up builds it`);
  return file;
}

function startWardInHost(options: WardStartOptions): Promise<RunningWard> {
  host ??= new WardHost(builtFile(WARD_HOST_ENV));
  return host.start(options);
}

function startWardProcess(options: WardStartOptions): Promise<RunningWard> {
  const preload = ['--import', pathToFileURL(builtFile(CLOCK_PRELOAD_ENV)).href];
  const machineConfig = writeMachineConfig(options);
  const child = spawn(process.execPath, [...preload, SERVE, '--data', options.dataDir, '--port', String(options.port)], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
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
  return new Promise((resolve) => {
    const onMessage = (message: unknown): void => {
      if ((message as { type?: string }).type !== 'clock-advanced') return;
      child.off('message', onMessage);
      resolve();
    };
    child.on('message', onMessage);
    child.send({ type: 'advance-clock', ms });
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
