// Power cuts at named steps of the sync cycle: the ward service process is SIGKILLed right after a
// local commit, after a push request left, after its answer arrived, and just before the answer is
// stored. After a restart everything reaches the city exactly once.
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { SYNC_CRASH_POINTS } from '../../src/main/service/crash-points';
import { FaultProxy } from '../support/fault-proxy';
import { tempDir } from '../support/ward-fixture';
import { cityMutations, deviceIdOf, enrol, syncUntilQuiet, syncWard } from './sync-harness';
import { startCity, type TestCity } from '../support/test-city';
import { outboxOnDisk, spawnWard, waitForStatus, type WardProcess } from './sync-child';

let city: TestCity;
let proxy: FaultProxy;

beforeAll(async () => {
  city = await startCity();
  proxy = await FaultProxy.start(city.port);
}, 60_000);
afterAll(async () => {
  await proxy?.close();
  await city?.close();
});

async function issueTickets(ward: WardProcess, n: number): Promise<void> {
  const board = await ward.client.ok('getBoard', {}, ward.token);
  for (let i = 0; i < n; i++) await ward.client.ok('issueTicket', { serviceId: board.services[i % board.services.length]!.id }, ward.token);
}

describe('SIGKILL of the ward service during sync', () => {
  it.each(SYNC_CRASH_POINTS)('converges exactly once after a kill at %s', async (point) => {
    const dataDir = tempDir('motcua-kill-');
    const wardCode = await city.newWard();
    // Enrolment and the restart run in this process, on the same folder and the same start-up code as
    // the service's: only the run that dies needs a process of its own. Through the proxy, whose delay
    // keeps a push in flight long enough to be killed after it left.
    const enrolling = syncWard({ dataDir });
    await enrol(enrolling, proxy.url, await city.enrolCode(wardCode, 0));
    await syncUntilQuiet(enrolling);
    const deviceId = deviceIdOf(enrolling);
    enrolling.close();

    const ward = await spawnWard(dataDir, { MOTCUA_CRASH_AT: point });
    onTestFinished(async () => void (await ward.kill('SIGKILL')));
    await waitForStatus(ward, (s) => s.state === 'idle' && s.lastSuccessAt !== null);
    if (point === 'after-request-sent') proxy.inject({ kind: 'delay', ms: 300 });
    await issueTickets(ward, 3);
    expect(await ward.exited).toBe('SIGKILL');
    const afterKill = outboxOnDisk(dataDir);
    const stillPending = afterKill.filter((r) => r.status === 'pending');
    expect(stillPending.length).toBeGreaterThan(0);
    if (point === 'after-response-received' || point === 'before-ack-commit') {
      // The city committed rows this PC never marked: the restart must replay, not duplicate, them.
      const atCity = new Set((await cityMutations(city.db, deviceId)).map((m) => m.mutation_id));
      expect(stillPending.every((r) => atCity.has(r.mutation_id))).toBe(true);
    }

    const restarted = syncWard({ dataDir });
    await syncUntilQuiet(restarted);
    const runs = restarted.call('listSyncRuns', {});
    restarted.close();

    const local = outboxOnDisk(dataDir);
    expect(local.map((r) => r.seq)).toEqual(afterKill.map((r) => r.seq));
    expect(local.every((r) => r.status !== 'pending')).toBe(true);
    const remote = await cityMutations(city.db, deviceId);
    expect(remote.map((m) => `${m.seq}:${m.mutation_id}`)).toEqual(local.map((r) => `${r.seq}:${r.mutation_id}`));
    const tickets = await city.db.query<{ n: number }>('SELECT count(*)::int AS n FROM tickets WHERE ward_code = $1', [wardCode]);
    expect(tickets[0]!.n).toBe(3);
    // A run the kill cut short is closed in the log as interrupted, not left "running" for ever.
    expect(runs.runs.filter((r) => r.result === 'running')).toEqual([]);
    if (point !== 'after-local-commit') expect(runs.runs.some((r) => r.errorCode === 'interrupted')).toBe(true);
  });
});
