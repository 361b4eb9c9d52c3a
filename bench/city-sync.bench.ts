// City sync throughput on a real PostgreSQL 15 over loopback (sync research §8): (a) one device's
// 10,000-mutation backlog pushed until fully acknowledged, (b) the raw batched INSERT of the same rows
// as the ceiling, (c) PouchDB replicating the same rows, (d) 126 wards pushing a day's backlog at once.
// Run: npx tsx bench/city-sync.bench.ts
import crypto from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import pg from 'pg';
import { MAX_PUSH_MUTATIONS, type Mutation } from '../src/shared/sync/wire';
import { startCityProcess, type CityProcess } from '../tests/city/city-process';
import { httpTransport, TestDevice } from '../tests/city/device-client';
import { startPostgres } from '../tests/support/postgres';
import { newWardCodes } from './lib/city-wards';
import { timed } from './lib/stats';
import { syncBacklog } from './lib/sync-backlog';
import { benchPouchReplication } from './sync-pouchdb.bench';

async function enrolDevices(databaseUrl: string, serverUrl: string, wards: number, agent: http.Agent): Promise<TestDevice[]> {
  const codes = await newWardCodes(databaseUrl, wards);
  const devices: TestDevice[] = [];
  for (const code of codes) devices.push(await TestDevice.enrol(httpTransport(serverUrl, 120_000, agent), code));
  return devices;
}

export interface DrainCounts {
  requests: number;
  status503: number;
  other5xx: number;
  network: number;
}

/** Pushes until the server has acknowledged every row, as the ward client will: resend on unknown outcome, honour Retry-After. */
async function drain(device: TestDevice, rows: Mutation[], counts: DrainCounts): Promise<void> {
  let acked = 0;
  while (acked < rows.length) {
    counts.requests++;
    let res;
    try {
      res = await device.push(rows.slice(acked, acked + MAX_PUSH_MUTATIONS));
    } catch {
      counts.network++;
      continue;
    }
    if (res.status === 200) acked = res.body.ackedThroughSeq;
    else if (res.status === 409 && res.body.error?.code === 'seq_gap') acked = res.body.error.expectedSeq - 1;
    else if (res.status === 503 || res.status === 429 || res.status === 409) {
      if (res.status === 503) counts.status503++;
      const wait = Number(res.headers['retry-after'] ?? 1) * 1000;
      await new Promise((r) => setTimeout(r, wait / 2 + Math.random() * wait));
    } else if (res.status >= 500) counts.other5xx++;
    else throw new Error(`push refused: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

function newCounts(): DrainCounts {
  return { requests: 0, status503: 0, other5xx: 0, network: 0 };
}

/** (a) One device's backlog of `n` ~1 KB mutations, from the first push to the last acknowledgement. */
export async function benchPushBacklog(databaseUrl: string, server: CityProcess, n = 10_000) {
  const agent = new http.Agent({ keepAlive: true });
  const [device] = await enrolDevices(databaseUrl, server.url, 1, agent);
  const rows = syncBacklog(device!.deviceId, n);
  const bytes = rows.reduce((sum, r) => sum + JSON.stringify(r).length, 0);
  const counts = newCounts();
  const { elapsed } = await timed(() => drain(device!, rows, counts));
  agent.destroy();
  return { mutations: n, ms: elapsed, perSecond: (n / elapsed) * 1000, avgRowBytes: Math.round(bytes / n), ...counts };
}

/** (b) The ceiling: the same rows INSERTed 500 per statement, one commit per statement, into the same PostgreSQL. */
export async function benchRawInsert(databaseUrl: string, n = 10_000) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`DROP TABLE IF EXISTS bench_raw;
    CREATE TABLE bench_raw (device_id uuid, seq bigint, mutation_id uuid UNIQUE, entity text, entity_id uuid, op text, payload jsonb,
      hlc text, actor text, client_wall_time timestamptz, schema_version int, PRIMARY KEY (device_id, seq))`);
  const device = crypto.randomUUID();
  const rows = syncBacklog(device, n);
  const { elapsed } = await timed(async () => {
    for (let i = 0; i < rows.length; i += MAX_PUSH_MUTATIONS) {
      const batch = rows.slice(i, i + MAX_PUSH_MUTATIONS);
      const params: unknown[] = [];
      const values = batch.map((m) => {
        const base = params.length;
        params.push(
          device,
          m.seq,
          m.mutationId,
          m.entity,
          m.entityId,
          m.op,
          JSON.stringify(m.payload),
          m.hlc,
          m.actor,
          m.wallTime,
          m.schemaVersion,
        );
        return `(${Array.from({ length: 11 }, (_, k) => `$${base + k + 1}`).join(', ')})`;
      });
      await client.query(`INSERT INTO bench_raw VALUES ${values.join(', ')}`, params);
    }
  });
  await client.end();
  return { mutations: n, ms: elapsed, perSecond: (n / elapsed) * 1000 };
}

/** (d) `wards` wards, one device each, all pushing a day's backlog at once. */
export async function benchWardStorm(databaseUrl: string, server: CityProcess, wards = 126, perWard = 600) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const devices = await enrolDevices(databaseUrl, server.url, wards, agent);
  const backlogs = devices.map((d) => syncBacklog(d.deviceId, perWard, 200));
  const counts = newCounts();
  const { elapsed } = await timed(() => Promise.all(devices.map((d, i) => drain(d, backlogs[i]!, counts))));
  agent.destroy();
  const total = wards * perWard;
  return { wards, mutations: total, ms: elapsed, perSecond: (total / elapsed) * 1000, ...counts };
}

function summary(values: number[], digits = 0): string {
  const sorted = [...values].sort((x, y) => x - y);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return `median ${median.toFixed(digits)} (min ${sorted[0]!.toFixed(digits)}, max ${sorted.at(-1)!.toFixed(digits)})`;
}

/**
 * Runs (b), (a) and (c) in turn `runs` times after a warm-up round, so that load from other processes hits
 * all three alike and each ratio is taken within one round; then (d) once. (c) here is PouchDB as a developer would deploy
 * it: LevelDB on both sides and its default batch of 100 (bench/sync-pouchdb.bench.ts has the variants).
 */
async function main(runs = 5): Promise<void> {
  console.log(
    `city sync benchmark — ${os.cpus().length} cores, Node ${process.version}, PostgreSQL 15 with fsync and synchronous_commit on`,
  );
  const postgres = await startPostgres({ durable: true });
  try {
    const url = await postgres.createDatabase('bench');
    const server = await startCityProcess(url, ['--rate', '100000']);
    try {
      const pushes: number[] = [];
      const raws: number[] = [];
      const pouches: number[] = [];
      const ofRaw: number[] = [];
      const overPouch: number[] = [];
      // Round 0 warms all three alike (the JIT of the city process and of PouchDB's server, PostgreSQL's
      // caches) and is not counted: a city server runs for days, so its first seconds are not its pace.
      for (let run = 0; run <= runs; run++) {
        const raw = await benchRawInsert(url);
        const push = await benchPushBacklog(url, server);
        const pouch = await benchPouchReplication(10_000, 100, 'leveldb');
        if (run === 0) continue;
        if (run === 1)
          console.log(
            `(a) rows: ${push.mutations} mutations of ~${push.avgRowBytes} B, ${push.requests} requests per run; (c) the same rows as documents of ~${pouch.avgDocBytes} B`,
          );
        console.log(
          `    round ${run}: (a) ${push.perSecond.toFixed(0)}/s, (b) ${raw.perSecond.toFixed(0)}/s, (c) ${pouch.perSecond.toFixed(0)}/s, (a)/(c) ${(push.perSecond / pouch.perSecond).toFixed(1)}×`,
        );
        pushes.push(push.perSecond);
        raws.push(raw.perSecond);
        pouches.push(pouch.perSecond);
        ofRaw.push((push.perSecond / raw.perSecond) * 100);
        overPouch.push(push.perSecond / pouch.perSecond);
      }
      console.log(`(a) push 10,000-mutation backlog until acknowledged, mutations/s over ${runs} runs: ${summary(pushes)}`);
      console.log(`(b) raw batched INSERT of the same rows, 500 rows/statement, rows/s: ${summary(raws)}`);
      console.log(`(c) PouchDB LevelDB → express-pouchdb, batch_size 100, the same rows, docs/s: ${summary(pouches)}`);
      console.log(`    (a) / (b), same round: ${summary(ofRaw)} %  (target ≥ 40 %)`);
      console.log(`    (a) / (c), same round: ${summary(overPouch, 1)}×  (target ≥ 5×)`);
      const storm = await benchWardStorm(url, server);
      console.log(
        `(d) ${storm.wards} wards × ${storm.mutations / storm.wards} mutations at once: drained in ${storm.ms.toFixed(0)} ms = ${storm.perSecond.toFixed(0)}/s; ` +
          `${storm.requests} requests, 503: ${storm.status503}, other 5xx: ${storm.other5xx}, network errors: ${storm.network}`,
      );
    } finally {
      await server.stop();
    }
  } finally {
    postgres.stop();
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) await main();
