// The ward service as its own process (as `npm run serve` starts it), with extra environment: the
// sync crash point to arm, so a test can have it SIGKILLed at a named step of the sync cycle.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import path from 'node:path';
import { DATABASE_FILE } from '../../src/main/service/db/open-database';
import type { SyncStatus } from '../../src/shared/api/sync';
import { createClient, type ApiClient } from '../support/http-client';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const READY_LINE = /Open the app: (http:\/\/127\.0\.0\.1:(\d+))\/#token=([\w-]+)/;

export interface WardProcess {
  client: ApiClient;
  token: string;
  exited: Promise<NodeJS.Signals | number | null>;
  output(): string;
  kill(signal: NodeJS.Signals): Promise<NodeJS.Signals | number | null>;
}

export function spawnWard(dataDir: string, env: Record<string, string> = {}): Promise<WardProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/serve.ts', '--data', dataDir, '--port', '0'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '', ...env },
  });
  let output = '';
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`ward service did not start\n${output}`));
    }, 30_000);
    void exited.then((status) => {
      clearTimeout(timer);
      reject(new Error(`ward service exited (${String(status)}) before it was ready\n${output}`));
    });
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY_LINE.exec(output);
      if (!match) return;
      clearTimeout(timer);
      const client = createClient(match[1]!);
      resolve({
        client,
        token: match[3]!,
        exited: exited.finally(() => client.close()),
        output: () => output,
        kill(signal) {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          return exited;
        },
      });
    });
  });
}

/** Polls getSyncStatus until `done` holds, failing after `timeoutMs`. */
export async function waitForStatus(ward: WardProcess, done: (s: SyncStatus) => boolean, timeoutMs = 30_000): Promise<SyncStatus> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const status = await ward.client.ok('getSyncStatus', {}, ward.token);
    if (done(status)) return status;
    if (Date.now() > until) throw new Error(`sync status never settled: ${JSON.stringify(status)}\n${ward.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The outbox of a stopped ward service, read from its file. */
export function outboxOnDisk(dataDir: string): { seq: number; mutation_id: string; status: string }[] {
  const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return db.prepare('SELECT seq, mutation_id, status FROM outbox ORDER BY seq').all() as {
      seq: number;
      mutation_id: string;
      status: string;
    }[];
  } finally {
    db.close();
  }
}
