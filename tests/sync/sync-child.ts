// The ward service as its own process (as `npm run serve` starts it), with extra environment: the
// sync crash point to arm, so a test can have it SIGKILLed at a named step of the sync cycle.
import Database from 'better-sqlite3';
import path from 'node:path';
import { DATABASE_FILE } from '../../src/main/service/db/open-database';
import type { SyncStatus } from '../../src/shared/api/sync';
import { spawnWardService } from '../support/child-ward-service';
import { createClient, type ApiClient } from '../support/http-client';

export interface WardProcess {
  client: ApiClient;
  token: string;
  exited: Promise<NodeJS.Signals | number | null>;
  output(): string;
  kill(signal: NodeJS.Signals): Promise<NodeJS.Signals | number | null>;
}

export async function spawnWard(dataDir: string, env: Record<string, string> = {}): Promise<WardProcess> {
  const service = await spawnWardService(dataDir, env);
  const client = createClient(service.baseUrl);
  const exited = service.exited.finally(() => client.close());
  return {
    client,
    token: service.token,
    exited,
    output: service.stderr,
    kill(signal) {
      if (service.process.exitCode === null && service.process.signalCode === null) service.process.kill(signal);
      return exited;
    },
  };
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
