// When the ward's sync engine runs, against a scripted fake city: a change made during a run, a click,
// the end of the day, a failed run's retry and its backoff, the city's Retry-After, the independent
// timer and its reconnection probe, and closing the app. The engine's timers are fake (the test moves
// them); the network, the city and SQLite are real.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SYNC_TIMING, type SyncTiming } from '../../src/main/service/sync/sync-engine';
import { issue } from '../support/queue-actions';
import { serviceIdByLetter } from '../support/ward-queries';
import { startFakeCity, type FakeCity } from './fake-city';
import { enrol, outbox, syncUntilQuiet, syncWard, type SyncWard } from './sync-harness';

let fake: FakeCity;

beforeEach(async () => {
  fake = await startFakeCity();
});
afterEach(async () => {
  vi.useRealTimers();
  await fake.close();
});

/** The engine's timers and the clocks stand still until the test moves them; sockets and SQLite stay real. */
function fakeTimers(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
}

/** A ward enrolled with the fake city, everything delivered; backoff a minute unless said otherwise, jitter one half. */
async function enrolled(timing: Partial<SyncTiming> = {}, random: () => number = () => 0.5): Promise<SyncWard> {
  const w = syncWard({ timing: { backoffBaseMs: 60_000, backoffCapMs: 60_000, ...timing }, random });
  await enrol(w, fake.url, 'ABCD-1234');
  await syncUntilQuiet(w);
  return w;
}

const runs = (w: SyncWard) => w.call('listSyncRuns', {}).runs;
const requests = (path: string) => fake.requests.filter((r) => r.path === path);
const status = (w: SyncWard) => w.call('getSyncStatus', {});
/** Milliseconds from the PC's clock now to the next attempt shown on the sync page. */
const nextAttemptIn = (w: SyncWard) => Date.parse(status(w).nextAttemptAt!) - w.clock.now().getTime();

/** Waits (on real time) for something the network delivers, with a generous deadline. */
async function waitFor(condition: () => boolean, what: string): Promise<void> {
  const deadline = performance.now() + 10_000;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('a change made while a run is under way', () => {
  it('is sent by exactly one more run right after it, logged as after a change, whatever the timer does meanwhile', async () => {
    fakeTimers();
    const w = await enrolled({ periodMinMs: 1000, periodMaxMs: 1000 });
    const before = runs(w).length;
    issue(w, 'A');
    // Held at its pull: the push is done, so what the clerk does now needs another run.
    const hold = fake.hold('/v1/sync/pull');
    expect(w.call('syncNow', {})).toEqual({ started: true });
    await hold.arrived;
    expect(status(w).state).toBe('running');
    issue(w, 'B');
    issue(w, 'B');
    // The debounce ends and the periodic timer ticks twice while the pull is still out.
    await vi.advanceTimersByTimeAsync(2500);
    hold.release();
    await w.ward.sync.settled();

    expect(
      runs(w)
        .slice(0, runs(w).length - before)
        .map((r) => [r.trigger, r.result, r.pushed]),
    ).toEqual([
      ['write', 'ok', 2],
      ['manual', 'ok', 1],
    ]);
    expect(status(w).pending.total).toBe(0);
  });

  it('is sent right after the first run after a restart, before any pull has been made', async () => {
    fakeTimers();
    const w = await enrolled();
    // The restarted PC logs in first: the run is held there, before it has pulled anything.
    const hold = fake.hold('/v1/auth/challenge');
    const again = w.reopen();
    await hold.arrived;
    const ticket = issue(again, 'A');
    await vi.advanceTimersByTimeAsync(20);
    hold.release();
    await again.ward.sync.settled();
    expect(
      runs(again)
        .slice(0, 2)
        .map((r) => [r.trigger, r.result, r.pushed]),
    ).toEqual([
      ['write', 'ok', 1],
      ['start', 'ok', 0],
    ]);
    expect(outbox(again).find((r) => r.entity_id === ticket.id)?.status).toBe('acked');
  });

  it('waits for the scheduled retry when the run fails, which then sends it with the rest', async () => {
    fakeTimers();
    const w = await enrolled();
    issue(w, 'A');
    fake.script.push({ path: '/v1/sync/push', status: 503, code: 'unavailable' });
    const hold = fake.hold('/v1/sync/push');
    w.call('syncNow', {});
    await hold.arrived;
    issue(w, 'B');
    await vi.advanceTimersByTimeAsync(20);
    hold.release();
    await w.ward.sync.settled();
    const count = runs(w).length;
    expect(runs(w)[0]).toMatchObject({ trigger: 'manual', result: 'failed', errorCode: 'unavailable' });
    expect(status(w).state).toBe('waiting_retry');
    // Half of the one-minute backoff (jitter 0.5).
    expect(nextAttemptIn(w)).toBe(30_000);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(runs(w)).toHaveLength(count);
    await vi.advanceTimersByTimeAsync(1);
    await w.ward.sync.settled();
    expect(runs(w)[0]).toMatchObject({ trigger: 'retry', result: 'ok', pushed: 2 });
    expect(runs(w)).toHaveLength(count + 1);
  });

  it.each(['manual', 'close_day'] as const)(
    'is sent at once after a failed run when the clerk asked for it (%s), and nothing is left waiting',
    async (reason) => {
      fakeTimers();
      const w = await enrolled();
      issue(w, 'A');
      fake.script.push({ path: '/v1/sync/push', status: 503, code: 'unavailable' });
      const hold = fake.hold('/v1/sync/push');
      w.call('syncNow', {});
      await hold.arrived;
      expect(w.call('syncNow', { reason })).toEqual({ started: true });
      hold.release();
      await w.ward.sync.settled();
      expect(
        runs(w)
          .slice(0, 2)
          .map((r) => [r.trigger, r.result, r.errorCode]),
      ).toEqual([
        [reason, 'ok', null],
        ['manual', 'failed', 'unavailable'],
      ]);
      expect([status(w).state, status(w).nextAttemptAt]).toEqual(['idle', null]);
      // The retry the failure had scheduled is gone, not merely hidden (the ticket's own debounce aside).
      await vi.advanceTimersByTimeAsync(20);
      await w.ward.sync.settled();
      const count = runs(w).length;
      await vi.advanceTimersByTimeAsync(120_000);
      expect(runs(w)).toHaveLength(count);
    },
  );

  it('is not sent by itself once the run ends with the device revoked, even when the clerk clicked meanwhile', async () => {
    fakeTimers();
    const w = await enrolled({ periodMinMs: 1000, periodMaxMs: 1000 });
    issue(w, 'A');
    fake.script.push({ path: '/v1/sync/push', status: 403, code: 'device_revoked' });
    const hold = fake.hold('/v1/sync/push');
    w.call('syncNow', {});
    await hold.arrived;
    w.call('syncNow', {});
    hold.release();
    await w.ward.sync.settled();
    const count = runs(w).length;
    const sent = fake.requests.length;
    expect(runs(w)[0]).toMatchObject({ result: 'stopped', errorCode: 'device_revoked' });
    // Neither the click nor the timer: a revoked PC only tries again when asked after the fact.
    await vi.advanceTimersByTimeAsync(10_000);
    expect([runs(w).length, fake.requests.length, status(w).state]).toEqual([count, sent, 'revoked']);
  });
});

describe('a busy counter', () => {
  it('never leaves its oldest unsent row waiting longer than the maximum wait, though a ticket every 0.7 s keeps restarting the debounce', async () => {
    fakeTimers();
    // The production debounce and maximum wait: 1 s and 1.5 s.
    const { debounceMs, maxWaitMs } = DEFAULT_SYNC_TIMING;
    const w = await enrolled({ debounceMs, maxWaitMs });
    const before = runs(w).length;
    const step = 100;
    const oldestPendingAge = () => {
      const row = w.ward.db.prepare(`SELECT MIN(wall_time) AS at FROM outbox WHERE status = 'pending'`).get() as { at: string | null };
      return row.at === null ? 0 : w.clock.now().getTime() - Date.parse(row.at);
    };
    let worst = 0;
    let issued = 0;
    for (let t = 0; t < 30_000; t += step) {
      if (t % 700 === 0) {
        w.call('issueTicket', { serviceId: serviceIdByLetter(w.ward, 'A'), priorityCategoryId: null });
        issued++;
      }
      w.clock.advance(step);
      await vi.advanceTimersByTimeAsync(step);
      // Measured when the run has just been started, before its push is answered: the push itself
      // takes no time on the test's clock, so the bound is the maximum wait plus this clock's step.
      worst = Math.max(worst, oldestPendingAge());
      await w.ward.sync.settled();
    }
    expect(worst).toBeLessThanOrEqual(maxWaitMs + step);
    const during = runs(w).slice(0, runs(w).length - before);
    expect(during.every((r) => r.trigger === 'write' && r.result === 'ok')).toBe(true);
    // The tickets are still grouped: a run for two of them or more, not one each.
    expect(during.length).toBeLessThanOrEqual(Math.ceil(issued / 2));
    expect(during.reduce((n, r) => n + r.pushed, 0)).toBeGreaterThanOrEqual(issued - 3);
  });
});

describe('a sync asked for without a reason', () => {
  it("is logged as the clerk's click", async () => {
    const w = await enrolled();
    expect(w.ward.sync.syncNow()).toBe(true);
    await w.ward.sync.settled();
    expect(runs(w)[0]).toMatchObject({ trigger: 'manual', result: 'ok' });
  });
});

describe('backoff', () => {
  it('doubles the wait after each failure up to the cap, with full jitter, and starts over after a success', async () => {
    fakeTimers();
    let jitter = 0.5;
    const w = await enrolled({ backoffBaseMs: 1000, backoffCapMs: 10_000 }, () => jitter);
    issue(w, 'A');
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      fake.script.push({ path: '/v1/sync/push', status: 500, code: 'internal' });
      w.call('syncNow', {});
      await w.ward.sync.settled();
      waits.push(nextAttemptIn(w));
    }
    expect(waits).toEqual([500, 1000, 2000, 4000, 5000, 5000]);
    jitter = 0.1;
    fake.script.push({ path: '/v1/sync/push', status: 500, code: 'internal' });
    w.call('syncNow', {});
    await w.ward.sync.settled();
    expect(nextAttemptIn(w)).toBe(1000);

    await syncUntilQuiet(w);
    issue(w, 'A');
    fake.script.push({ path: '/v1/sync/push', status: 500, code: 'internal' });
    w.call('syncNow', {});
    await w.ward.sync.settled();
    expect(nextAttemptIn(w)).toBe(100);
  });

  it('starts over after a run that got a batch acknowledged, though the run then failed', async () => {
    fakeTimers();
    const w = await enrolled({ backoffBaseMs: 1000, backoffCapMs: 60_000 });
    const before = status(w).acknowledged.today;
    const [first] = [issue(w, 'A'), issue(w, 'A')];
    for (let i = 0; i < 3; i++) {
      fake.script.push({ path: '/v1/sync/push', status: 500, code: 'internal' });
      w.call('syncNow', {});
      await w.ward.sync.settled();
    }
    expect(nextAttemptIn(w)).toBe(2000);
    // The rows reach the city; the pull after them is lost.
    fake.script.push({ path: '/v1/sync/pull', status: 500, code: 'internal' });
    w.call('syncNow', {});
    await w.ward.sync.settled();
    expect(runs(w)[0]).toMatchObject({ result: 'failed', errorCode: 'internal', pushed: 2 });
    expect(nextAttemptIn(w)).toBe(500);
    // The page says what the city has, whatever the run's outcome.
    const synced = w.ward.db.prepare('SELECT synced_at AS at FROM outbox WHERE entity_id = ?').get(first!.id) as { at: string };
    expect(status(w).acknowledged).toEqual({ today: before + 2, lastAt: synced.at });
    expect(status(w).pending.total).toBe(0);
  });

  it('waits the longest backoff, without jitter, after the city refused a request as malformed', async () => {
    fakeTimers();
    const w = await enrolled({ backoffBaseMs: 1000, backoffCapMs: 300_000 }, () => 0.25);
    issue(w, 'A');
    fake.script.push({ path: '/v1/sync/push', status: 400, code: 'bad_request' });
    w.call('syncNow', {});
    await w.ward.sync.settled();
    expect(nextAttemptIn(w)).toBe(300_000);
  });
});

describe("the city's Retry-After", () => {
  it('is waited out, a little jitter on top; a click before it ends sends nothing, a click when it ends goes through', async () => {
    fakeTimers();
    const w = await enrolled({ backoffBaseMs: 100, backoffCapMs: 100 });
    issue(w, 'A');
    fake.script.push({ path: '/v1/sync/push', status: 429, code: 'rate_limited', retryAfterSeconds: 30 });
    w.call('syncNow', {});
    await w.ward.sync.settled();
    // 30 s, plus half of the at most one second of jitter.
    expect(nextAttemptIn(w)).toBe(30_500);
    const count = runs(w).length;
    const pushes = requests('/v1/sync/push').length;

    expect(w.call('syncNow', {})).toEqual({ started: true });
    await w.ward.sync.settled();
    await vi.advanceTimersByTimeAsync(29_999);
    expect(w.call('syncNow', {})).toEqual({ started: true });
    await w.ward.sync.settled();
    expect([runs(w).length, requests('/v1/sync/push').length, status(w).state]).toEqual([count, pushes, 'waiting_retry']);

    await vi.advanceTimersByTimeAsync(1);
    w.call('syncNow', {});
    await w.ward.sync.settled();
    expect(runs(w)[0]).toMatchObject({ trigger: 'manual', result: 'ok', pushed: 1 });
  });

  it('with a two-second wait, adds half of a second of jitter at most', async () => {
    fakeTimers();
    const w = await enrolled({ backoffBaseMs: 100, backoffCapMs: 100 });
    issue(w, 'A');
    fake.script.push({ path: '/v1/sync/push', status: 503, code: 'unavailable', retryAfterSeconds: 2 });
    w.call('syncNow', {});
    await w.ward.sync.settled();
    expect(nextAttemptIn(w)).toBe(2500);
  });

  it('holds back the reconnection probe too, until the wait is over', async () => {
    fakeTimers();
    // Each tick draws the next period's jitter once it is done: the test waits for that before moving on.
    let draws = 0;
    const random = () => {
      draws++;
      return 0.5;
    };
    const w = await enrolled({ backoffBaseMs: 100, backoffCapMs: 100, periodMinMs: 1000, periodMaxMs: 1000 }, random);
    issue(w, 'A');
    fake.script.push({ path: '/v1/sync/push', status: 503, code: 'unavailable', retryAfterSeconds: 30 });
    w.call('syncNow', {});
    await w.ward.sync.settled();
    for (let tick = 1; tick < 30; tick++) {
      const before = draws;
      await vi.advanceTimersByTimeAsync(1000);
      await waitFor(() => draws > before, `tick ${tick}`);
    }
    await vi.advanceTimersByTimeAsync(999);
    expect(requests('/health')).toHaveLength(0);
    // The tick that falls exactly at the end of the wait looks at the city, and the queue moves.
    await vi.advanceTimersByTimeAsync(1);
    await waitFor(() => runs(w)[0]!.trigger === 'reconnect', 'the reconnection run');
    await w.ward.sync.settled();
    expect(requests('/health')).toHaveLength(1);
    expect(runs(w)[0]).toMatchObject({ trigger: 'reconnect', result: 'ok', pushed: 1 });
  });
});

describe('the independent timer', () => {
  it('runs after the jittered period: 1 s + 0.25 × (3 s − 1 s) = 1.5 s', async () => {
    fakeTimers();
    const w = await enrolled({ periodMinMs: 1000, periodMaxMs: 3000 }, () => 0.25);
    const count = runs(w).length;
    await vi.advanceTimersByTimeAsync(1499);
    expect(runs(w)).toHaveLength(count);
    await vi.advanceTimersByTimeAsync(1);
    await w.ward.sync.settled();
    expect(runs(w)).toHaveLength(count + 1);
    expect(runs(w)[0]).toMatchObject({ trigger: 'timer', result: 'ok' });
  });

  it('while backing off only looks at the city, and runs once the city answers again', async () => {
    fakeTimers();
    const w = await enrolled({ periodMinMs: 1000, periodMaxMs: 1000 });
    issue(w, 'A');
    fake.script.push({ path: '/v1/sync/push', status: 503, code: 'unavailable' });
    fake.healthy = false;
    w.call('syncNow', {});
    await w.ward.sync.settled();
    const count = runs(w).length;
    await vi.advanceTimersByTimeAsync(1000);
    await waitFor(() => requests('/health').length === 1, 'the first probe');
    // The next probe comes only once the first has been answered and judged.
    await vi.advanceTimersByTimeAsync(1000);
    await waitFor(() => requests('/health').length === 2, 'the second probe');
    expect(runs(w)).toHaveLength(count);
    expect(requests('/v1/auth/challenge').length + requests('/v1/sync/pull').length).toBeGreaterThan(0);
    const pushes = requests('/v1/sync/push').length;

    fake.healthy = true;
    await vi.advanceTimersByTimeAsync(1000);
    await waitFor(() => runs(w).length === count + 1, 'the reconnection run');
    await w.ward.sync.settled();
    expect(runs(w)[0]).toMatchObject({ trigger: 'reconnect', result: 'ok', pushed: 1 });
    expect(requests('/v1/sync/push')).toHaveLength(pushes + 1);
  });

  it('does nothing for a device the city revoked', async () => {
    fakeTimers();
    const w = await enrolled({ periodMinMs: 1000, periodMaxMs: 1000 });
    issue(w, 'A');
    fake.script.push({ path: '/v1/sync/push', status: 403, code: 'device_revoked' });
    w.call('syncNow', {});
    await w.ward.sync.settled();
    const sent = fake.requests.length;
    await vi.advanceTimersByTimeAsync(5000);
    expect(fake.requests).toHaveLength(sent);
    expect(status(w).state).toBe('revoked');
  });
});

describe('closing the app', () => {
  it('mid-run: the answer in flight is stored, nothing more is sent or logged, and no timer wakes it again', async () => {
    fakeTimers();
    const w = await enrolled({ pushBatch: 1, periodMinMs: 1000, periodMaxMs: 1000, backoffBaseMs: 100, backoffCapMs: 100 });
    const offsetBefore = w.ward.db.prepare('SELECT server_offset_ms AS o FROM sync_state').get();
    const tickets = [issue(w, 'A'), issue(w, 'A'), issue(w, 'A')];
    const hold = fake.hold('/v1/sync/push');
    w.call('syncNow', {});
    await hold.arrived;
    issue(w, 'B');
    await vi.advanceTimersByTimeAsync(20);
    const sent = fake.requests.length;
    // The city's clock has moved a minute by the time it answers: a closed PC no longer records it.
    fake.serverNow = () => Date.now() + 60_000;
    w.ward.sync.close();
    hold.release();
    await w.ward.sync.settled();

    expect(fake.requests).toHaveLength(sent);
    expect(outbox(w).find((r) => r.entity_id === tickets[0]!.id)?.status).toBe('acked');
    expect(outbox(w).filter((r) => r.status === 'pending')).toHaveLength(3);
    // Left open: the next start closes it as interrupted.
    expect(runs(w)[0]).toMatchObject({ trigger: 'manual', result: 'running' });
    expect(w.ward.db.prepare('SELECT server_offset_ms AS o FROM sync_state').get()).toEqual(offsetBefore);
    issue(w, 'A');
    await vi.advanceTimersByTimeAsync(300_000);
    expect(fake.requests).toHaveLength(sent);
    expect(runs(w)[0]).toMatchObject({ result: 'running' });
  });

  it('mid-run with the city failing: no failure is logged and no retry is scheduled', async () => {
    fakeTimers();
    const w = await enrolled({ backoffBaseMs: 100, backoffCapMs: 100 });
    issue(w, 'A');
    fake.script.push({ path: '/v1/sync/push', status: 503, code: 'unavailable' });
    const hold = fake.hold('/v1/sync/push');
    w.call('syncNow', {});
    await hold.arrived;
    const sent = fake.requests.length;
    w.ward.sync.close();
    hold.release();
    await w.ward.sync.settled();
    expect(runs(w)[0]).toMatchObject({ result: 'running', errorCode: null });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fake.requests).toHaveLength(sent);
  });

  it('during a snapshot: no further page is asked for', async () => {
    fakeTimers();
    const w = await enrolled();
    fake.refusesCursorsBelow = 40;
    fake.snapshotPages = [[{ entity: 'ward_setting', entityId: 'a', data: {} }], [{ entity: 'ward_setting', entityId: 'b', data: {} }]];
    fake.script.push({ path: '/v1/sync/pull', status: 410, code: 'cursor_expired' });
    const hold = fake.hold('/v1/sync/snapshot');
    w.call('syncNow', {});
    await hold.arrived;
    w.ward.sync.close();
    hold.release();
    await w.ward.sync.settled();
    expect(requests('/v1/sync/snapshot')).toHaveLength(1);
    expect(w.ward.db.prepare('SELECT snapshot_active, snapshot_page FROM sync_pull_state').get()).toEqual({
      snapshot_active: 1,
      snapshot_page: '1',
    });
  });
});
