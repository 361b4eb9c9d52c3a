import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BareInsert } from './lib/bare-sqlite';
import { explain, sqlPreparedDuring, walksIndexInOrder, type QueryPlan } from './lib/query-plan';
import { ms, ratio, Samples, timed, verdict } from './lib/stats';
import { configureCounters, seedWaiting, startBenchWard, ticketInput, type BenchWard } from './lib/ward';

// The queue's performance targets, each measured through the HTTP API against a baseline taken in
// the same run on the same disk, so a slow or busy machine moves both sides. Fixed counts keep the
// whole run bounded (well under 3 minutes on 2 cores). Exits 0 whatever the verdicts: it reports.

const COUNTERS = 15;
const DAY_TICKETS = 1_000;
const WARM_UP_TICKETS = 100;
const QUEUE_LENGTHS = [100, 1_000, 10_000] as const;
const QUEUE_WARM_UP_CYCLES = 20;
const QUEUE_CYCLES = 300;

const TARGET_ISSUE_P99_MS = 10;
const TARGET_ISSUE_OVER_BARE = 3;
const TARGET_CALL_FLATNESS = 2;
const TARGET_ISSUE_FLATNESS = 1.3;

interface DayResult {
  issue: Samples;
  bare: Samples;
  call: Samples;
}

interface QueueLengthResult {
  waiting: number;
  call: Samples;
  cycle: Samples;
  issue: Samples;
}

/** Warms the JIT, the HTTP stack and the disk on a throwaway ward so the measured ones start warm. */
async function warmUp(root: string): Promise<void> {
  const ward = await startBenchWard(root, 'warm-up');
  const bare = new BareInsert(path.join(root, 'warm-up'));
  try {
    await configureCounters(ward, COUNTERS);
    for (let i = 0; i < WARM_UP_TICKETS; i++) {
      await ward.api.call('issueTicket', ticketInput(ward, i));
      bare.run();
    }
    await serveUntilEmpty(ward, new Samples());
  } finally {
    bare.close();
    await ward.close();
  }
}

/**
 * A day at a 15-counter ward: 1,000 tickets issued, then every counter in turn finishes its
 * citizen and calls the next until nobody waits. The bare inserts are interleaved with the issues
 * so that both see the same moments of the machine's load.
 */
async function benchDay(root: string): Promise<DayResult> {
  const ward = await startBenchWard(root, 'day');
  const bareDir = path.join(root, 'bare');
  fs.mkdirSync(bareDir);
  const bareInsert = new BareInsert(bareDir);
  const result: DayResult = { issue: new Samples(), bare: new Samples(), call: new Samples() };
  try {
    await configureCounters(ward, COUNTERS);
    for (let i = 0; i < DAY_TICKETS; i++) {
      await result.issue.time(() => ward.api.call('issueTicket', ticketInput(ward, i)));
      await result.bare.time(() => bareInsert.run());
    }
    await serveUntilEmpty(ward, result.call);
    if (result.call.count !== DAY_TICKETS) throw new Error(`called ${result.call.count} tickets, issued ${DAY_TICKETS}`);
  } finally {
    bareInsert.close();
    await ward.close();
  }
  return result;
}

/** Round after round, each counter finishes the citizen it called (if any) and calls the next. */
async function serveUntilEmpty(ward: BenchWard, callSamples: Samples): Promise<void> {
  const atCounter = new Map<number, string>();
  for (;;) {
    let called = 0;
    for (let counterNumber = 1; counterNumber <= COUNTERS; counterNumber++) {
      const ticketId = atCounter.get(counterNumber);
      if (ticketId) {
        await ward.api.call('startServing', { counterNumber, ticketId });
        await ward.api.call('finish', { counterNumber, ticketId });
        atCounter.delete(counterNumber);
      }
      const { result, elapsed } = await timed(() => ward.api.call('callNext', { counterNumber }));
      if (!result.ticket) continue;
      callSamples.add(elapsed);
      atCounter.set(counterNumber, result.ticket.id);
      called++;
    }
    if (called === 0) return;
  }
}

/**
 * callNext with queues held at 100, 1,000 and 10,000 waiting tickets. Each cycle calls, serves and
 * finishes one citizen at counter 1, then issues one ticket to keep the length constant. The three
 * wards take turns cycle by cycle, so a burst of load from elsewhere on the machine hits all of
 * them alike instead of skewing the ratio.
 */
async function benchQueueLengths(root: string): Promise<{ results: QueueLengthResult[]; plans: QueryPlan[] }> {
  const queues = [] as { ward: BenchWard; issued: number; result: QueueLengthResult }[];
  try {
    for (const waiting of QUEUE_LENGTHS) {
      const ward = await startBenchWard(root, `queue-${waiting}`);
      queues.push({ ward, issued: waiting, result: { waiting, call: new Samples(), cycle: new Samples(), issue: new Samples() } });
      seedWaiting(ward, waiting);
    }
    const cycle = async (queue: (typeof queues)[number], record: boolean) => {
      const { ward } = queue;
      const counterNumber = 1;
      const { result: called, elapsed: callMs } = await timed(() => ward.api.call('callNext', { counterNumber }));
      const ticketId = called.ticket?.id;
      if (!ticketId) throw new Error('the queue ran dry');
      const { elapsed: serveMs } = await timed(async () => {
        await ward.api.call('startServing', { counterNumber, ticketId });
        await ward.api.call('finish', { counterNumber, ticketId });
      });
      const { elapsed: issueMs } = await timed(() => ward.api.call('issueTicket', ticketInput(ward, queue.issued++)));
      if (!record) return;
      queue.result.call.add(callMs);
      queue.result.cycle.add(callMs + serveMs);
      queue.result.issue.add(issueMs);
    };
    const longest = queues[queues.length - 1]!;
    const sqls = await sqlPreparedDuring(longest.ward.service.ward.db, () => cycle(longest, false));
    const plans = headOfQueuePlans(sqls, longest.ward);
    for (let i = 0; i < QUEUE_WARM_UP_CYCLES; i++) for (const queue of queues) await cycle(queue, false);
    for (let i = 0; i < QUEUE_CYCLES; i++) for (const queue of queues) await cycle(queue, true);
    return { results: queues.map((q) => q.result), plans };
  } finally {
    for (const queue of queues) await queue.ward.close();
  }
}

function headOfQueuePlans(sqls: readonly string[], ward: BenchWard): QueryPlan[] {
  return sqls
    .filter((sql) => /^\s*SELECT\b/i.test(sql) && /ORDER BY priority DESC/i.test(sql))
    .map((sql) => explain(ward.service.ward.db, sql));
}

function dayTable(day: DayResult): string {
  const issueOverBare = day.issue.p50 / day.bare.p50;
  return [
    '| measure | p50 ms | p99 ms | samples | target | verdict |',
    '|---|---:|---:|---:|---|---|',
    `| issueTicket over HTTP (1,000 tickets, 15 counters) | ${ms(day.issue.p50)} | ${ms(day.issue.p99)} | ${day.issue.count} | p99 ≤ ${TARGET_ISSUE_P99_MS} ms | ${verdict(day.issue.p99 <= TARGET_ISSUE_P99_MS)} |`,
    `| callNext over HTTP (15 counters, until empty) | ${ms(day.call.p50)} | ${ms(day.call.p99)} | ${day.call.count} | — | — |`,
    `| baseline: bare better-sqlite3 insert + commit (WAL, synchronous=FULL) | ${ms(day.bare.p50)} | ${ms(day.bare.p99)} | ${day.bare.count} | — | — |`,
    `| issueTicket p50 / bare p50 | ${ratio(issueOverBare)} | | | ≤ ${TARGET_ISSUE_OVER_BARE}× | ${verdict(issueOverBare <= TARGET_ISSUE_OVER_BARE)} |`,
  ].join('\n');
}

function queueTable(results: readonly QueueLengthResult[]): string {
  const first = results[0]!;
  const last = results[results.length - 1]!;
  const flatness = last.call.p50 / first.call.p50;
  const cycleFlatness = last.cycle.p50 / first.cycle.p50;
  const issueGrowth = last.issue.p50 / first.issue.p50;
  return [
    '| waiting tickets | callNext p50 ms | callNext p99 ms | callNext + startServing + finish p50 ms | issueTicket p50 ms | cycles |',
    '|---:|---:|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| ${r.waiting.toLocaleString('en-US')} | ${ms(r.call.p50)} | ${ms(r.call.p99)} | ${ms(r.cycle.p50)} | ${ms(r.issue.p50)} | ${r.call.count} |`,
    ),
    `| **${last.waiting.toLocaleString('en-US')} / ${first.waiting.toLocaleString('en-US')}** | **${ratio(flatness)}** (target ≤ ${TARGET_CALL_FLATNESS}×: ${verdict(flatness <= TARGET_CALL_FLATNESS)}) | | ${ratio(cycleFlatness)} | **${ratio(issueGrowth)}** (target ≤ ${TARGET_ISSUE_FLATNESS}×: ${verdict(issueGrowth <= TARGET_ISSUE_FLATNESS)}) | |`,
  ].join('\n');
}

function planBlock(plans: readonly QueryPlan[]): string {
  const ok =
    plans.length > 0 &&
    plans.every((p) =>
      /target_counter_id IS NULL/i.test(p.sql) ? walksIndexInOrder(p, 'tickets_queue') : walksIndexInOrder(p, 'tickets_targeted'),
    );
  const body = plans.flatMap((p) => [p.sql, ...p.lines.map((l) => `  → ${l}`), '']).join('\n');
  return [
    `EXPLAIN QUERY PLAN of callNext's head-of-queue reads (no SCAN, no TEMP B-TREE): ${verdict(ok)}`,
    '',
    '```text',
    body.trimEnd(),
    '```',
  ].join('\n');
}

function loadAverage(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
}

async function main(): Promise<void> {
  const started = Date.now();
  const loadAtStart = loadAverage();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-bench-'));
  try {
    await warmUp(root);
    const day = await benchDay(root);
    const { results: lengths, plans } = await benchQueueLengths(root);
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    console.log(
      [
        `## Queue benchmark — ${new Date().toISOString()}`,
        '',
        `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, ${os.platform()} ${os.release()}; data in ${os.tmpdir()}.`,
        `Run took ${seconds} s; load average at start ${loadAtStart}, at end ${loadAverage()} (other work on the machine slows both sides of each ratio).`,
        '',
        dayTable(day),
        '',
        queueTable(lengths),
        '',
        planBlock(plans),
      ].join('\n'),
    );
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

await main();
