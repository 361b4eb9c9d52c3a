// The real ward service's outbox, pushed to the city as the ward client will send it: every row the
// queue writes today is understood, and the city's ticket states equal the ward's.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migratedPglite } from '../support/test-pglite';
import type { CityDb } from '../../src/city/db/adapter';
import { outboxMutation } from '../../src/main/service/sync/sync-store';
import { PushRequest, type Mutation } from '../../src/shared/sync/wire';
import { callNext, issue, serveNext } from '../support/queue-actions';
import { wardFixture } from '../support/ward-fixture';
import { outboxRows } from '../support/ward-queries';
import { cityFixture, type CityFixture } from './city-fixture';

let db: CityDb;
let city: CityFixture;

beforeAll(async () => {
  db = await migratedPglite();
  city = await cityFixture(db);
}, 60_000);
afterAll(async () => {
  await city?.close();
  await db?.close();
});

it('applies every ticket row a ward queue day writes, records its set-up rows, and ends in the same ticket states', async () => {
  const fx = wardFixture({ start: '2026-11-23T01:00:00.000Z' });
  const served = [issue(fx, 'A'), issue(fx, 'A'), issue(fx, 'B', { priority: true })];
  serveNext(fx, 1);
  const called = callNext(fx, 2)!;
  fx.call('markNoShow', { counterNumber: 2, ticketId: called.id });
  fx.call('cancel', { counterNumber: 2, ticketId: called.id, reason: 'Công dân không quay lại' });
  fx.call('markTicketPrinted', { ticketId: served[2]!.id, ok: true });
  const unprinted = issue(fx, 'A');
  fx.call('markTicketPrinted', { ticketId: unprinted.id, ok: false, error: 'Máy in hết giấy' });
  fx.call('transfer', { counterNumber: 2, ticketId: callNext(fx, 2)!.id, toCounterNumber: 1 });
  fx.call('saveDossierCodeSettings', { unitCode: '000.A0.01.H26', slot: 1 });
  const dossierCode = fx.call('allocateDossierCode', {}).code;

  const mutations: Mutation[] = outboxRows(fx.ward).map(outboxMutation);
  expect(PushRequest.safeParse({ mutations }).error?.issues ?? []).toEqual([]);
  const ticketOps = new Set(mutations.filter((m) => m.entity === 'ticket').map((m) => m.op));
  expect(ticketOps).toEqual(
    new Set([
      'ticket.issue@1',
      'ticket.call@1',
      'ticket.start@1',
      'ticket.finish@1',
      'ticket.no_show@1',
      'ticket.cancel@1',
      'ticket.transfer@1',
      'ticket.printed@1',
      'ticket.print_failed@1',
    ]),
  );

  const device = await city.newDevice(await city.newWard());
  const results: { seq: number; status: string; code: string | null }[] = [];
  for (let i = 0; i < mutations.length; i += 50) {
    const res = await device.push(mutations.slice(i, i + 50));
    expect(res.status).toBe(200);
    results.push(...res.body.results);
  }
  expect(results.map((r) => r.seq)).toEqual(mutations.map((m) => m.seq));
  // Every op a ward writes today is one the city knows: tickets are applied as events, the ward's own
  // set-up (services, counters, its seeded catalogue and calendar) is recorded for the dashboard.
  for (const [i, m] of mutations.entries()) expect([m.op, results[i]!.status, results[i]!.code]).toEqual([m.op, 'applied', null]);
  const recorded = await db.query<{ entity: string; n: string }>(
    `SELECT entity, count(*)::text AS n FROM ward_records GROUP BY entity ORDER BY entity`,
  );
  const setupEntities = [...new Set(mutations.filter((m) => m.entity !== 'ticket').map((m) => m.entity))].sort();
  expect(recorded.map((r) => r.entity)).toEqual(setupEntities);
  const procedures = await db.query<{ payload: unknown }>(`SELECT payload FROM ward_records WHERE entity = 'procedure' LIMIT 1`);
  expect(procedures).toHaveLength(1);
  const codes = await db.query<{ entity_id: string }>(`SELECT entity_id FROM ward_records WHERE entity = 'dossier_code'`);
  expect(codes).toEqual([{ entity_id: dossierCode }]);
  expect(await db.query(`SELECT count(*)::int AS n FROM incidents`)).toEqual([{ n: 0 }]);

  const wardStates = fx.ward.db.prepare('SELECT id, state, print_status FROM tickets ORDER BY id').all();
  const cityStates = await db.query(
    `SELECT t.id::text, t.state, s.data->>'print_status' AS print_status FROM tickets t
       JOIN ward_state s ON s.ward_code = t.ward_code AND s.entity = 'ticket' AND s.entity_id = t.id::text
     WHERE t.origin_device_id = $1 ORDER BY t.id`,
    [device.deviceId],
  );
  expect(cityStates).toEqual(wardStates);

  // Every event arrives whole: its counter and what it said (priority at issue, a transfer's target, a
  // cancellation's reason, a printer's error), not only its states.
  const wardEvents = fx.ward.db
    .prepare('SELECT id, ticket_id, action, from_state, to_state, at, counter_id, detail FROM ticket_events ORDER BY id')
    .all() as { detail: string | null }[];
  expect(wardEvents.filter((e) => e.detail !== null).length).toBeGreaterThanOrEqual(7);
  const cityEvents = await db.query<{ at: Date }>(
    `SELECT event_id::text AS id, ticket_id::text, action, from_state, to_state, at, counter_id, detail FROM ticket_events
     WHERE device_id = $1 ORDER BY event_id`,
    [device.deviceId],
  );
  expect(cityEvents.map((e) => ({ ...e, at: e.at.toISOString() }))).toEqual(
    wardEvents.map((e) => ({ ...e, detail: e.detail === null ? null : JSON.parse(e.detail) })),
  );
});

it('keeps the clerk of every step at the city: called by one clerk, finished by another, with their names', async () => {
  const fx = wardFixture({ start: '2026-11-23T01:00:00.000Z' });
  const authenticate = (token: string) => ({ ...fx.ward.devices.authenticate(token)! });
  const admin = authenticate(
    (await fx.call('createFirstAdmin', { username: 'quantri', fullName: 'Quản Trị', secret: '246810' })).sessionToken,
  );
  const signedIn = async (username: string, fullName: string) => {
    await fx.call('createClerk', { username, fullName, role: 'clerk', secret: '111111' }, admin);
    const caller = authenticate((await fx.call('signIn', { username, secret: '111111' })).sessionToken);
    await fx.call('changeOwnSecret', { currentSecret: '111111', newSecret: '222222' }, caller);
    return caller;
  };
  const lan = await signedIn('lan.nt', 'Nguyễn Thị Lan');
  const minh = await signedIn('minh.tv', 'Trần Văn Minh');
  const ticket = issue(fx, 'A');
  fx.clock.advance(1000);
  fx.call('callNext', { counterNumber: 1 }, lan);
  fx.call('startServing', { counterNumber: 1, ticketId: ticket.id }, lan);
  fx.call('finish', { counterNumber: 1, ticketId: ticket.id }, minh);

  const device = await city.newDevice(await city.newWard());
  const res = await device.push(outboxRows(fx.ward).map(outboxMutation));
  expect(res.body.results.every((r: { status: string }) => r.status === 'applied')).toBe(true);
  const names = await db.query<{ action: string; full_name: string | null }>(
    `SELECT e.action, w.payload->>'fullName' AS full_name FROM ticket_events e
       LEFT JOIN ward_records w ON w.entity = 'clerk' AND w.entity_id = e.clerk_id::text
     WHERE e.ticket_id = $1 ORDER BY e.seq`,
    [ticket.id],
  );
  expect(names).toEqual([
    { action: 'issue', full_name: null },
    { action: 'call', full_name: 'Nguyễn Thị Lan' },
    { action: 'start', full_name: 'Nguyễn Thị Lan' },
    { action: 'finish', full_name: 'Trần Văn Minh' },
  ]);
  const stored = await db.query<{ payload: Record<string, unknown> }>(`SELECT payload FROM ward_records WHERE entity = 'clerk'`);
  expect(JSON.stringify(stored)).not.toMatch(/secret|scrypt/);
});
