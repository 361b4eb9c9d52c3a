// 200 seeded random fault schedules between a ward and the city (drops, replies cut after the commit,
// delays, 500/503 answers, requests cut short) over a workload of tickets and city reference data.
// After every schedule the ward recovers by itself: the city holds every outbox row exactly once,
// nothing stays pending; after every ward, ward and city agree on every ticket and reference item. A
// second case runs dossiers through the same faults: counter steps, processing posts and their conflicts.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { publishReference } from '../../src/city/sync/reference';
import type { DossierStatus, DossierStep } from '../../src/shared/dossier/dossier-state';
import { intake, requestId } from '../dossiers/dossier-setup';
import { FaultProxy, type Fault } from '../support/fault-proxy';
import { issue } from '../support/queue-actions';
import { mulberry32 as rng } from '../support/seeded-random';
import {
  cityConflicts,
  cityEvents,
  dossierWard,
  expectSameDossiers,
  postStatus,
  wardConflicts,
  wardEvents,
  type DossierWard,
} from './dossier-support';
import { cityMutations, deviceIdOf, enrol, outbox, syncUntilQuiet, syncWard, type SyncWard } from './sync-harness';
import { startCity, type TestCity } from '../support/test-city';

const WARDS = 4;
const SCHEDULES_PER_WARD = 50;
const SEED = 20261123;

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

function randomFault(r: () => number): Fault {
  const pick = Math.floor(r() * 6);
  switch (pick) {
    case 0:
      return { kind: 'drop_before_request' };
    case 1:
      return { kind: 'cut_reply_after_commit' };
    case 2:
      return { kind: 'delay', ms: 5 + Math.floor(r() * 40) };
    case 3:
      return { kind: 'respond', status: 500 };
    case 4:
      return { kind: 'respond', status: 503 };
    default:
      return { kind: 'truncate_request', bytes: 20 + Math.floor(r() * 400) };
  }
}

function workStep(w: SyncWard, r: () => number): void {
  const counter = 1 + Math.floor(r() * 3);
  const state = w.call('getCounterState', { counterNumber: counter });
  const choice = r();
  if (choice < 0.4) issue(w, 'ABC'[Math.floor(r() * 3)]!);
  // The dossier code a receipt carries: the part of a dossier the ward writes today.
  else if (choice < 0.5) w.call('allocateDossierCode', {});
  else if (!state.current) w.call('callNext', { counterNumber: counter });
  else if (state.current.state === 'called') w.call('startServing', { counterNumber: counter, ticketId: state.current.id });
  else w.call('finish', { counterNumber: counter, ticketId: state.current.id });
}

async function expectExactlyOnce(w: SyncWard, schedule: number): Promise<void> {
  const local = outbox(w);
  const remote = await cityMutations(city.db, deviceIdOf(w));
  expect(
    local.filter((r) => r.status === 'pending'),
    `schedule ${schedule}: pending rows`,
  ).toEqual([]);
  expect(
    remote.map((m) => `${m.seq}:${m.mutation_id}`),
    `schedule ${schedule}: city holds each row once`,
  ).toEqual(local.map((r) => `${r.seq}:${r.mutation_id}`));
}

it(`recovers from ${WARDS * SCHEDULES_PER_WARD} seeded fault schedules with every row exactly once`, async () => {
  const r = rng(SEED);
  let schedule = 0;
  let faultsInjected = 0;
  for (let wardIndex = 0; wardIndex < WARDS; wardIndex++) {
    const ward = await city.newWard();
    const w = syncWard();
    await enrol(w, proxy.url, await city.enrolCode(ward, 0));
    w.call('saveDossierCodeSettings', { unitCode: '000.A0.01.H26', slot: 1 });
    const published = new Map<string, Record<string, unknown>>();
    for (let i = 0; i < SCHEDULES_PER_WARD; i++, schedule++) {
      const steps = 1 + Math.floor(r() * 3);
      for (let s = 0; s < steps; s++) workStep(w, r);
      if (r() < 0.2) {
        const key = `p-${Math.floor(r() * 5)}`;
        const data = { name: `Thủ tục ${key}`, version: schedule };
        await publishReference(city.db, { entity: 'procedure', key, data }, null);
        published.set(key, data);
      }
      const faults = 1 + Math.floor(r() * 3);
      for (let f = 0; f < faults; f++) proxy.inject(randomFault(r));
      faultsInjected += faults;
      await syncUntilQuiet(w, 60);
      // Faults not reached by this schedule's requests must not leak into the next ward's enrolment.
      while (proxy.pending() > 0) await syncUntilQuiet(w, 60);
      await expectExactlyOnce(w, schedule);
    }

    const cityTickets = await city.db.query<{ id: string; state: string }>(
      'SELECT id::text AS id, state FROM tickets WHERE ward_code = $1 ORDER BY id',
      [ward],
    );
    const localTickets = w.ward.db.prepare('SELECT id, state FROM tickets ORDER BY id').all();
    expect(cityTickets).toEqual(localTickets);
    const cityCodes = await city.db.query<{ code: string }>(
      `SELECT entity_id AS code FROM ward_records WHERE ward_code = $1 AND entity = 'dossier_code' ORDER BY entity_id`,
      [ward],
    );
    const localCodes = w.ward.db.prepare('SELECT code FROM dossier_codes ORDER BY code').all();
    expect(localCodes.length).toBeGreaterThan(0);
    expect(cityCodes).toEqual(localCodes);
    // Retries and replays never look like a second allocation of a code.
    expect(await city.db.query('SELECT number FROM incidents WHERE ward_code = $1', [ward])).toEqual([]);
    const reference = w.ward.db.prepare(`SELECT entity_id AS key, data FROM city_reference WHERE entity = 'procedure'`).all() as {
      key: string;
      data: string;
    }[];
    for (const [key, data] of published) expect(JSON.parse(reference.find((x) => x.key === key)!.data)).toEqual(data);
    const runs = w.call('listSyncRuns', { limit: 500 }).runs;
    expect(runs.some((run) => run.result === 'failed')).toBe(true);
    expect(runs[0]!.result).toBe('ok');
  }
  expect(schedule).toBe(WARDS * SCHEDULES_PER_WARD);
  expect(faultsInjected).toBeGreaterThanOrEqual(WARDS * SCHEDULES_PER_WARD);
  // Every kind of fault really met a request of the sync cycle.
  const seen = new Map<string, number>();
  for (const kind of proxy.log) seen.set(kind, (seen.get(kind) ?? 0) + 1);
  for (const kind of ['drop_before_request', 'cut_reply_after_commit', 'delay', 'respond', 'truncate_request'])
    expect(seen.get(kind) ?? 0, kind).toBeGreaterThan(20);
});

/** The counter's next step from each status, and what the processing side may post meanwhile. */
const COUNTER_STEP: Partial<Record<DossierStatus, DossierStep>> = { received: 'transfer', result_ready: 'return_result' };
const POSTED = ['processing', 'result_ready', 'supplement_requested', 'processing', 'refused'] as const;

/** One schedule's dossier work: an intake, a counter step, or a status the processing side posts. */
async function dossierStep(d: DossierWard, r: () => number): Promise<void> {
  const dossiers = d.w.ward.db.prepare('SELECT id, code, status FROM dossiers ORDER BY id').all() as {
    id: string;
    code: string;
    status: DossierStatus;
  }[];
  const pick = dossiers[Math.floor(r() * dossiers.length)];
  const choice = r();
  if (!pick || choice < 0.3) d.w.call('createDossier', intake(), d.w.clerk);
  else if (choice < 0.6 && COUNTER_STEP[pick.status])
    d.w.call('recordDossierStep', { requestId: requestId(), dossierId: pick.id, step: COUNTER_STEP[pick.status]! }, d.w.clerk);
  // Some of these cannot follow from where the dossier stands at the ward: conflicts, which must travel too.
  else await postStatus(city.url, d, pick, POSTED[Math.floor(r() * POSTED.length)]!);
}

it('dossier steps from the counter and from the processing side reach both sides once each under seeded fault schedules', async () => {
  const r = rng(SEED + 1);
  const d = await dossierWard(city.db, proxy.url);
  for (let schedule = 0; schedule < 25; schedule++) {
    const steps = 1 + Math.floor(r() * 3);
    for (let s = 0; s < steps; s++) await dossierStep(d, r);
    const faults = 1 + Math.floor(r() * 2);
    for (let f = 0; f < faults; f++) proxy.inject(randomFault(r));
    await syncUntilQuiet(d.w, 60);
    while (proxy.pending() > 0) await syncUntilQuiet(d.w, 60);
    // The statuses a pull brought were taken after it: one more round sends them.
    await syncUntilQuiet(d.w, 60);
    await expectExactlyOnce(d.w, schedule);
  }
  const events = wardEvents(d);
  expect(events.filter((e) => e.source === 'processing').length).toBeGreaterThan(3);
  expect(wardConflicts(d).length).toBeGreaterThan(0);
  expect(await cityEvents(city.db, d)).toEqual(events);
  expect(await cityConflicts(city.db, d)).toEqual(wardConflicts(d));
  await expectSameDossiers(city.db, d);
  expect(await city.db.query('SELECT number FROM incidents WHERE ward_code = $1', [d.ward])).toEqual([]);
});
