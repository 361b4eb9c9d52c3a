// Write-to-city latency with the link up (issue 21 §7): how long a change made at a busy counter
// waits before the city has acknowledged it. A real ward service with its production sync timing
// (1 s debounce, 1.5 s maximum wait, 30–60 s timer), enrolled with a real city server process on
// PostgreSQL 15 (fsync and synchronous_commit on), both on loopback. The load is a busy ward's: a
// ticket every 0.7 s, and each of three counters calling, starting or finishing a citizen at the
// same pace, so the queue neither grows nor empties. For every outbox row written in the measured
// window: from its local commit (the row's wall_time) to the moment the ward stored the city's
// acknowledgement (synced_at), both read from the ward's own clock.
// Run: npx tsx bench/write-to-city.bench.ts
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startCityProcess } from '../tests/city/city-process';
import { startPostgres } from '../tests/support/postgres';
import { newWardCodes } from './lib/city-wards';
import { ms, Samples, verdict } from './lib/stats';
import { configureCounters, startBenchWard, ticketInput, type BenchWard } from './lib/ward';

const TICK_MS = 700;
const COUNTERS = 3;
const WARM_UP_MS = 10_000;
const MEASURED_MS = 60_000;
const TARGET_P95_MS = 2000;

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, milliseconds)));

async function until(what: string, timeoutMs: number, condition: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** One step of a counter's work: call the next citizen, start serving the one called, or finish. */
async function advanceCounter(ward: BenchWard, counterNumber: number): Promise<void> {
  const { current } = await ward.api.call('getCounterState', { counterNumber });
  if (!current) await ward.api.call('callNext', { counterNumber });
  else if (current.state === 'called') await ward.api.call('startServing', { counterNumber, ticketId: current.id });
  else await ward.api.call('finish', { counterNumber, ticketId: current.id });
}

async function main(): Promise<void> {
  const startedAt = new Date();
  console.log(`### Write-to-city latency — ${startedAt.toISOString()}\n`);
  console.log(
    `Machine: ${os.cpus().length} cores, Node ${process.version}; PostgreSQL 15 with fsync and synchronous_commit on; load average at start ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' / ')}.\n`,
  );
  const postgres = await startPostgres({ durable: true });
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-bench-w2c-'));
  try {
    const url = await postgres.createDatabase('bench');
    const city = await startCityProcess(url, ['--rate', '100000']);
    const ward = await startBenchWard(root, 'ward');
    try {
      await configureCounters(ward, COUNTERS);
      const [code] = await newWardCodes(url, 1);
      await ward.api.call('enrolWithCity', { cityUrl: city.url, code: code! });
      await until('the enrolment and the first sync', 60_000, async () => {
        const status = await ward.api.call('getSyncStatus', {});
        return status.city !== null && status.pending.total === 0 && status.state === 'idle';
      });

      const loadStart = Date.now();
      const measureFrom = loadStart + WARM_UP_MS;
      const loadEnd = measureFrom + MEASURED_MS;
      let tick = 0;
      for (let next = loadStart; Date.now() < loadEnd; next += TICK_MS, tick++) {
        await ward.api.call('issueTicket', ticketInput(ward, tick));
        for (let counter = 1; counter <= COUNTERS; counter++) await advanceCounter(ward, counter);
        await sleep(next + TICK_MS - Date.now());
      }
      await until('the last rows to reach the city', 60_000, async () => (await ward.api.call('getSyncStatus', {})).pending.total === 0);

      const rows = ward.service.ward.db
        .prepare(`SELECT wall_time AS wall, synced_at AS synced FROM outbox WHERE wall_time >= ? AND wall_time < ? ORDER BY seq`)
        .all(new Date(measureFrom).toISOString(), new Date(loadEnd).toISOString()) as { wall: string; synced: string }[];
      const latency = new Samples();
      for (const r of rows) latency.add(Date.parse(r.synced) - Date.parse(r.wall));
      const runs = (await ward.api.call('listSyncRuns', { limit: 500 })).runs.filter(
        (r) => Date.parse(r.startedAt) >= measureFrom && Date.parse(r.startedAt) < loadEnd,
      );
      const byTrigger = new Map<string, number>();
      for (const r of runs) byTrigger.set(r.trigger, (byTrigger.get(r.trigger) ?? 0) + 1);
      const failed = runs.filter((r) => r.result !== 'ok').map((r) => `${r.trigger} ${r.result} ${r.errorCode ?? ''}`.trim());

      console.log(
        `Load: a ticket every ${TICK_MS} ms and one step (call, start or finish) at each of ${COUNTERS} counters per ticket; ` +
          `${WARM_UP_MS / 1000} s warm-up, then ${MEASURED_MS / 1000} s measured: ${rows.length} outbox rows (${(
            (rows.length / MEASURED_MS) *
            1000
          ).toFixed(1)} per second).\n`,
      );
      console.log('| measure | p50 ms | p95 ms | max ms | rows | target | verdict |');
      console.log('| --- | ---: | ---: | ---: | ---: | --- | --- |');
      console.log(
        `| local commit → city acknowledgement stored | ${ms(latency.p50)} | ${ms(latency.percentile(95))} | ${ms(latency.percentile(100))} | ${latency.count} | p95 ≤ ${TARGET_P95_MS} ms | ${verdict(latency.percentile(95) <= TARGET_P95_MS)} |`,
      );
      console.log(
        `\nRuns started in the measured window: ${runs.length} (${[...byTrigger].map(([t, n]) => `${t} ${n}`).join(', ')}), ${failed.length} not ok${failed.length ? ` (${failed.join('; ')})` : ''}; ` +
          `load average at end ${os
            .loadavg()
            .map((l) => l.toFixed(2))
            .join(' / ')}.`,
      );
    } finally {
      await ward.close();
      await city.stop();
    }
  } finally {
    postgres.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

await main();
