// The smaller set on real PostgreSQL, with the city server as its own process: the round trip, and a
// city process SIGKILLed in the middle of a backlog push and started again on the same port.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEnrolCode, createWard } from '../../src/city/admin';
import type { CityDb } from '../../src/city/db/adapter';
import { migrate } from '../../src/city/db/migrate';
import { openPg } from '../../src/city/db/pg-db';
import { publishReference } from '../../src/city/sync/reference';
import { FaultProxy } from '../support/fault-proxy';
import type { TestPostgres } from '../support/postgres';
import { sharedPostgres } from '../support/shared-postgres';
import { serviceEntries } from '../support/service-entries';
import { issue } from '../support/queue-actions';
import { cityMutations, deviceIdOf, enrol, outbox, syncUntilQuiet, syncWard } from './sync-harness';

let pg: TestPostgres;
let url: string;
let db: CityDb;
let port: number;
let city: ChildProcess | null = null;
let proxy: FaultProxy;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port: p } = server.address() as net.AddressInfo;
      server.close(() => resolve(p));
    });
  });
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The city server as one node process (no wrapper in between, which would survive a SIGKILL sent to it
 * and leave the real server running), on PostgreSQL and a fixed port.
 */
function startCityServer(): Promise<ChildProcess> {
  const env = { ...process.env, DATABASE_URL: url, NODE_OPTIONS: '' };
  const child = spawn(process.execPath, [serviceEntries().city, '--port', String(port)], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`city server did not start:\n${output}`)), 60_000);
    child.stdout!.on('data', (c: Buffer) => {
      output += c.toString();
      if (!/city server listening on/.test(output)) return;
      clearTimeout(timer);
      child.stdout!.resume();
      resolve(child);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`city server exited with ${code}:\n${output}`));
    });
  });
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
}

beforeAll(async () => {
  pg = sharedPostgres();
  url = await pg.createDatabase('ward_sync');
  db = openPg({ connectionString: url });
  await migrate(db);
  port = await freePort();
  city = await startCityServer();
  proxy = await FaultProxy.start(port);
}, 120_000);
afterAll(async () => {
  await proxy?.close();
  if (city) {
    city.kill('SIGTERM');
    await killed(city);
  }
  await db?.close();
  pg?.stop();
});

it('pushes a backlog exactly once although the city process is killed in the middle of it', async () => {
  const ward = `P${Date.now().toString(36).toUpperCase()}`;
  await createWard(db, ward, 'Phường thử PostgreSQL');
  const w = syncWard({ timing: { pushBatch: 25 } });
  await enrol(w, proxy.url, (await createEnrolCode(db, ward, 0, new Date())).code);
  await publishReference(db, { entity: 'calendar_year', key: '2027', data: { year: 2027, holidays: [] } }, null);

  for (let i = 0; i < 200; i++) issue(w, 'ABCDE'[i % 5]!);
  // Each push of the backlog held a little on the way, so the kill lands in the middle of it.
  proxy.inject({ kind: 'delay', ms: 100 }, 8);
  w.ward.sync.syncNow();
  const until = Date.now() + 20_000;
  while ((w.call('getSyncStatus', {}).progress?.sent ?? 0) === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
  city!.kill('SIGKILL');
  await killed(city!);
  await w.ward.sync.settled();
  const during = w.call('getSyncStatus', {});
  expect(during.pending.total).toBeGreaterThan(0);
  expect(during.lastError?.code).toBe('network');

  city = await startCityServer();
  await syncUntilQuiet(w, 60);

  const local = outbox(w);
  const remote = await cityMutations(db, deviceIdOf(w));
  expect(remote.map((m) => `${m.seq}:${m.mutation_id}`)).toEqual(local.map((r) => `${r.seq}:${r.mutation_id}`));
  const [tickets] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM tickets WHERE ward_code = $1', [ward]);
  expect(tickets!.n).toBe(200);
  const reference = w.ward.db.prepare(`SELECT data FROM city_reference WHERE entity = 'calendar_year' AND entity_id = '2027'`).get() as {
    data: string;
  };
  expect(JSON.parse(reference.data)).toEqual({ year: 2027, holidays: [] });
  const runs = w.call('listSyncRuns', { limit: 500 }).runs;
  expect(runs.some((r) => r.result === 'failed' && r.errorCode === 'network')).toBe(true);
  expect(runs[0]!.result).toBe('ok');
});
