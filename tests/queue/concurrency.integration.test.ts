import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ticket } from '../../src/shared/api/schemas';
import type { ApiClient } from '../support/http-client';
import { outboxGaps, replayCalls } from '../support/outbox-replay';
import { openCounters, type Floor } from '../support/queue-setup';
import { startTestWardService, type TestWardService } from '../support/test-ward-service';

const COUNTERS = 5;
const CHAINS = 20;
const TICKETS = 50;

let service: TestWardService;
let floor: Floor;

beforeEach(async () => {
  service = await startTestWardService();
  floor = await openCounters(service.client, service.token, COUNTERS);
});
afterEach(async () => {
  await service.close();
});

/** A deterministic mix: every service, about one ticket in five a priority one. */
function ticketSpec(i: number): { serviceId: string; priorityCategoryId: string | null } {
  const serviceId = floor.services[(i * 7 + (i >> 2)) % floor.services.length]!.id;
  const priority = i % 5 === 3 || i % 11 === 0;
  return { serviceId, priorityCategoryId: priority ? floor.priorities[i % floor.priorities.length]!.id : null };
}

interface ChainLog {
  served: Ticket[];
  busy: number;
  statuses: number[];
}

/**
 * One clerk's loop at a counter: call next, start, finish, until the queue is empty. Four chains share
 * each counter, so most of their calls collide with the counter's ticket in progress.
 */
async function clerk(client: ApiClient, token: string, counterNumber: number, keepGoing: () => boolean): Promise<ChainLog> {
  const log: ChainLog = { served: [], busy: 0, statuses: [] };
  for (;;) {
    const called = await client.call('callNext', { counterNumber }, token);
    log.statuses.push(called.status);
    if (called.status === 409 && 'error' in called.body && called.body.error.code === 'counter_busy') {
      log.busy++;
      await new Promise((r) => setTimeout(r, 1 + Math.random() * 3));
      continue;
    }
    if (called.status !== 200 || !('ticket' in called.body)) throw new Error(`callNext ${called.status}: ${JSON.stringify(called.body)}`);
    const ticket = called.body.ticket;
    if (!ticket) {
      if (!keepGoing()) return log;
      await new Promise((r) => setTimeout(r, 2));
      continue;
    }
    const at = { counterNumber, ticketId: ticket.id };
    await client.ok('startServing', at, token);
    const { ticket: done } = await client.ok('finish', at, token);
    log.served.push(done);
  }
}

function runClerks(keepGoing: () => boolean): Promise<ChainLog[]> {
  return Promise.all(Array.from({ length: CHAINS }, (_, k) => clerk(service.client, service.token, (k % COUNTERS) + 1, keepGoing)));
}

function assertQueueHistory(issuedIds: string[], logs: ChainLog[]): void {
  const db = service.running.ward.db;
  const servedIds = logs.flatMap((l) => l.served.map((t) => t.id));
  expect(new Set(servedIds).size).toBe(servedIds.length);
  expect(new Set(servedIds)).toEqual(new Set(issuedIds));
  expect(logs.flatMap((l) => l.statuses).filter((s) => s !== 200 && s !== 409)).toEqual([]);

  const calls = db.prepare(`SELECT ticket_id AS id, COUNT(*) AS n FROM ticket_events WHERE action = 'call' GROUP BY ticket_id`).all() as {
    id: string;
    n: number;
  }[];
  expect(calls).toHaveLength(TICKETS);
  expect(calls.filter((c) => c.n !== 1)).toEqual([]);
  expect(db.prepare(`SELECT state, COUNT(*) AS n FROM tickets GROUP BY state`).all()).toEqual([{ state: 'done', n: TICKETS }]);

  // Commit order: each call took the head of the queue as it stood at that instant.
  const replayed = replayCalls(db);
  expect(replayed).toHaveLength(TICKETS);
  expect(replayed.filter((c) => c.overtook.length > 0)).toEqual([]);

  // No counter ever held two tickets: per counter, call → start → finish strictly alternate.
  const steps = db
    .prepare(
      `SELECT json_extract(payload, '$.counterId') AS counterId, json_extract(payload, '$.action') AS action
       FROM outbox WHERE entity = 'ticket' AND json_extract(payload, '$.action') IN ('call','start','finish') ORDER BY seq`,
    )
    .all() as { counterId: string; action: string }[];
  for (const counter of floor.counters) {
    const actions = steps.filter((s) => s.counterId === counter.id).map((s) => s.action);
    const expected = Array.from({ length: actions.length / 3 }, () => ['call', 'start', 'finish']).flat();
    expect(actions, `counter ${counter.number}`).toEqual(expected);
  }

  const gaps = outboxGaps(db);
  expect(gaps.count).toBe(gaps.max);
  expect(gaps.lastSeq).toBe(gaps.max);
}

describe('20 clerks at 5 counters calling concurrently over HTTP', () => {
  it('calls each of 50 waiting tickets exactly once, in queue order, and serves them all', async () => {
    const issued: Ticket[] = [];
    for (let i = 0; i < TICKETS; i++) issued.push((await service.client.ok('issueTicket', ticketSpec(i), service.token)).ticket);

    const logs = await runClerks(() => false);

    assertQueueHistory(
      issued.map((t) => t.id),
      logs,
    );
    // Within each service, ordinary tickets were called in the order their numbers were issued.
    const callOrder = replayCalls(service.running.ward.db).map((c) => c.ticketId);
    for (const s of floor.services) {
      const ordinary = issued.filter((t) => t.serviceId === s.id && !t.priorityCategoryId);
      const called = callOrder.filter((id) => ordinary.some((t) => t.id === id));
      expect(called).toEqual(ordinary.map((t) => t.id));
    }
    // The collisions really happened: the test exercised the busy-counter guard under load.
    expect(logs.reduce((n, l) => n + l.busy, 0)).toBeGreaterThan(0);
  });

  it('keeps numbering gap-free and calls each ticket once while kiosks issue during the calls', async () => {
    const issued: Ticket[] = [];
    for (let i = 0; i < TICKETS / 2; i++) issued.push((await service.client.ok('issueTicket', ticketSpec(i), service.token)).ticket);
    let issuing = true;
    const kiosks = Array.from({ length: 5 }, async (_, k) => {
      for (let i = TICKETS / 2 + k; i < TICKETS; i += 5)
        issued.push((await service.client.ok('issueTicket', ticketSpec(i), service.token)).ticket);
    });
    const clerks = runClerks(() => issuing);
    await Promise.all(kiosks);
    issuing = false;
    const logs = await clerks;

    assertQueueHistory(
      issued.map((t) => t.id),
      logs,
    );
    for (const s of floor.services) {
      const numbers = issued
        .filter((t) => t.serviceId === s.id)
        .map((t) => Number(t.displayNumber.replace(/\D/g, '')))
        .sort((a, b) => a - b);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
  });
});
