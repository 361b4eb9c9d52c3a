// Exactly-once over a broken network and two server copies on one PostgreSQL: every mutation stored
// once, whatever was cut, dropped, delayed, refused or resent.
import { afterAll, beforeAll, expect, it } from 'vitest';
import pg from 'pg';
import type { Mutation } from '../../src/shared/sync/wire';
import { FaultProxy, type Fault } from '../support/fault-proxy';
import type { TestPostgres } from '../support/postgres';
import { sharedPostgres } from '../support/shared-postgres';
import { cityAdmin, enrolCodeFrom, startCityProcess, type CityProcess } from './city-process';
import { httpTransport, TestDevice, type Answer } from './device-client';
import { WardOutbox } from './ward-outbox';

let postgres: TestPostgres;
let databaseUrl: string;
let servers: CityProcess[] = [];
let proxies: FaultProxy[] = [];
let client: pg.Client;

beforeAll(async () => {
  postgres = sharedPostgres();
  databaseUrl = await postgres.createDatabase('exactly_once');
  // Both copies start at once: migrations must serialise between them.
  servers = await Promise.all([startCityProcess(databaseUrl), startCityProcess(databaseUrl)]);
  proxies = await Promise.all(servers.map((s) => FaultProxy.start(s.port)));
  client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
}, 120_000);

afterAll(async () => {
  await client?.end();
  for (const p of proxies) await p.close();
  for (const s of servers) await s.stop();
  postgres?.stop();
});

async function newDevice(ward: string, slot: number): Promise<TestDevice> {
  const code = enrolCodeFrom(cityAdmin(databaseUrl, ['enrol-code', '--ward', ward, '--slot', String(slot)]));
  return TestDevice.enrol(httpTransport(proxies[0]!.url), code);
}

async function stored(deviceId: string): Promise<{ rows: number; seqs: number; ids: number; maxSeq: number }> {
  const { rows } = await client.query(
    `SELECT count(*)::int AS rows, count(DISTINCT seq)::int AS seqs, count(DISTINCT mutation_id)::int AS ids, coalesce(max(seq), 0)::int AS "maxSeq"
     FROM mutations WHERE device_id = $1`,
    [deviceId],
  );
  return rows[0];
}

/** The device's push as the ward client will do it, through server `which` (0 or 1). Network errors come back as status 0. */
async function pushVia(device: TestDevice, which: number, batch: Mutation[]): Promise<Answer> {
  const onServer = new TestDevice(
    httpTransport(proxies[which]!.url, 5000),
    device.deviceId,
    device.wardCode,
    device.slot,
    device.privateKey,
  );
  onServer.token = device.token;
  try {
    return await onServer.push(batch);
  } catch {
    return { status: 0, headers: {}, body: null };
  }
}

it('a reply cut after the commit, then the same batch resent, stores the batch once', async () => {
  cityAdmin(databaseUrl, ['create-ward', '--code', 'CUT1', '--name', 'Phường Cắt']);
  const device = await newDevice('CUT1', 0);
  const outbox = new WardOutbox(device.deviceId);
  const batch = [outbox.issue('A001'), outbox.issue('A002')];
  proxies[0]!.inject({ kind: 'cut_reply_after_commit' });
  const lost = await pushVia(device, 0, batch);
  expect(lost.status).toBe(0);
  expect(await stored(device.deviceId)).toEqual({ rows: 2, seqs: 2, ids: 2, maxSeq: 2 });

  const resent = await pushVia(device, 1, batch);
  expect(resent.status).toBe(200);
  expect(resent.body.results.map((r: { replayed: boolean; status: string }) => `${r.status}/${r.replayed}`)).toEqual([
    'applied/true',
    'applied/true',
  ]);
  expect(await stored(device.deviceId)).toEqual({ rows: 2, seqs: 2, ids: 2, maxSeq: 2 });
});

it('a truncated request or one dropped before it arrives changes nothing', async () => {
  cityAdmin(databaseUrl, ['create-ward', '--code', 'CUT2', '--name', 'Phường Đứt']);
  const device = await newDevice('CUT2', 0);
  const outbox = new WardOutbox(device.deviceId);
  const batch = [outbox.issue('A001')];
  proxies[1]!.inject({ kind: 'truncate_request', bytes: 300 });
  proxies[1]!.inject({ kind: 'drop_before_request' });
  expect((await pushVia(device, 1, batch)).status).not.toBe(200);
  expect((await pushVia(device, 1, batch)).status).toBe(0);
  expect(await stored(device.deviceId)).toEqual({ rows: 0, seqs: 0, ids: 0, maxSeq: 0 });
  expect((await pushVia(device, 1, batch)).status).toBe(200);
});

it(
  'one device racing and alternating between two server copies through every fault stores each mutation exactly once',
  { timeout: 120_000 },
  async () => {
    cityAdmin(databaseUrl, ['create-ward', '--code', 'RACE', '--name', 'Phường Đua']);
    const device = await newDevice('RACE', 0);
    const outbox = new WardOutbox(device.deviceId);
    const all: Mutation[] = [];
    for (let i = 1; i <= 200; i++) {
      const issue = outbox.issue(`A${String(i).padStart(3, '0')}`);
      all.push(
        issue,
        outbox.act(issue.entityId, 'call', 'waiting', 'called', 'c1'),
        outbox.act(issue.entityId, 'start', 'called', 'serving', 'c1'),
      );
    }
    const faults: Fault[] = [
      { kind: 'cut_reply_after_commit' },
      { kind: 'drop_before_request' },
      { kind: 'respond', status: 503, retryAfterSeconds: 1 },
      { kind: 'respond', status: 500 },
      { kind: 'delay', ms: 50 },
      { kind: 'truncate_request', bytes: 500 },
    ];
    // A seeded generator: the same run every time.
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

    let acked = 0;
    let rounds = 0;
    const statuses = new Map<number, number>();
    while (acked < all.length && rounds < 500) {
      rounds++;
      const from = random() < 0.15 ? Math.max(0, acked - Math.floor(random() * 40)) : acked;
      const batch = all.slice(from, from + 1 + Math.floor(random() * 60));
      const which = rounds % 2;
      if (random() < 0.35) proxies[which]!.inject(faults[Math.floor(random() * faults.length)]!);
      const race = random() < 0.2;
      const answers = await Promise.all([pushVia(device, which, batch), ...(race ? [pushVia(device, 1 - which, batch)] : [])]);
      for (const res of answers) {
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status === 200) acked = Math.max(acked, res.body.ackedThroughSeq);
        else if (res.status === 409 && res.body.error.code === 'seq_gap') acked = res.body.error.expectedSeq - 1;
        else expect([0, 409, 500, 503]).toContain(res.status);
      }
    }
    for (const p of proxies) while (p.pending() > 0) await pushVia(device, proxies.indexOf(p), all.slice(0, 1));

    expect(acked).toBe(all.length);
    expect(await stored(device.deviceId)).toEqual({ rows: 600, seqs: 600, ids: 600, maxSeq: 600 });
    const { rows } = await client.query(
      `SELECT count(*)::int AS tickets, count(*) FILTER (WHERE state = 'serving')::int AS serving,
       (SELECT count(*)::int FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id WHERE t.ward_code = 'RACE') AS events,
       (SELECT count(*)::int FROM mutations WHERE device_id = $1 AND status <> 'applied') AS refused
     FROM tickets WHERE ward_code = 'RACE'`,
      [device.deviceId],
    );
    expect(rows[0]).toEqual({ tickets: 200, serving: 200, events: 600, refused: 0 });
    // The run did meet the faults it is about.
    expect(statuses.get(0)).toBeGreaterThan(0);
    expect(statuses.get(200)).toBeGreaterThan(0);
  },
);
