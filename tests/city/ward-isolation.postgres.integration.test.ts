// No existence oracle across wards (issue 21 §6), on a real PostgreSQL: ids a ward's device sends are
// looked up in that ward's namespace only, so reusing another ward's ticket id, event id or mutation
// id gets the answer a fresh id would get, and an event id reused inside one ward is never `applied`
// without its event row.
import { expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { createProcessingToken } from '../../src/city/admin';
import type { Mutation } from '../../src/shared/sync/wire';
import { count } from './city-fixture';
import type { TestDevice } from './device-client';
import { cityOnPostgres } from './postgres-city';

const pg = cityOnPostgres('ward_isolation');
const ward = () => pg.newDevice();

async function results(device: TestDevice, mutations: Mutation[]): Promise<{ status: string; code: string | null }[]> {
  const answer = await device.push(mutations);
  expect(answer.status).toBe(200);
  return (answer.body.results as { status: string; code: string | null }[]).map(({ status, code }) => ({ status, code }));
}

/** `ticket.issue@1` `m` carrying the ids given (of another ward, or used before) instead of its own. */
function withIds(m: Mutation, ids: { entityId?: string; eventId?: string; mutationId?: string }): Mutation {
  const payload = m.payload as { eventId: string; ticket: Record<string, unknown> };
  const entityId = ids.entityId ?? m.entityId;
  return {
    ...m,
    mutationId: ids.mutationId ?? m.mutationId,
    entityId,
    payload: { ...payload, eventId: ids.eventId ?? payload.eventId, ticket: { ...payload.ticket, id: entityId } },
  };
}

it("answers ward A for ward B's ticket id, event id and mutation id exactly as for fresh ids of its own", async () => {
  const a = await ward();
  const b = await ward();
  const ofB = b.outbox.issue('A001');
  expect(await results(b.device, [ofB])).toEqual([{ status: 'applied', code: null }]);
  const eventOfB = (ofB.payload as { eventId: string }).eventId;

  const fresh = a.outbox.issue('A001');
  const sameTicket = withIds(a.outbox.issue('A002'), { entityId: ofB.entityId });
  const sameEvent = withIds(a.outbox.issue('A003'), { eventId: eventOfB });
  const sameMutation = withIds(a.outbox.issue('A004'), { mutationId: ofB.mutationId });
  expect(await results(a.device, [fresh, sameTicket, sameEvent, sameMutation])).toEqual(
    Array.from({ length: 4 }, () => ({ status: 'applied', code: null })),
  );

  // Each ward holds its own rows: B's ticket is untouched, A's copies are A's, each event stored once per ward.
  expect(await count(pg.db, 'SELECT 1 FROM tickets WHERE id = $1', [ofB.entityId])).toBe(2);
  expect(await count(pg.db, 'SELECT 1 FROM ticket_events WHERE event_id = $1', [eventOfB])).toBe(2);
  expect(await count(pg.db, 'SELECT 1 FROM ticket_events WHERE ward_code = $1', [a.device.wardCode])).toBe(4);
  const [bTicket] = await pg.db.query<{ ward_code: string; origin_device_id: string }>(
    'SELECT ward_code, origin_device_id FROM tickets WHERE id = $1 AND ward_code = $2',
    [ofB.entityId, b.device.wardCode],
  );
  expect(bTicket).toEqual({ ward_code: b.device.wardCode, origin_device_id: b.device.deviceId });
});

it("answers ward A's action on ward B's ticket as on a ticket that does not exist", async () => {
  const a = await ward();
  const b = await ward();
  const ofB = b.outbox.issue('B001');
  await results(b.device, [ofB]);
  a.outbox.adopt(ofB.entityId, { ...(ofB.payload as { ticket: Record<string, unknown> }).ticket });
  const onB = a.outbox.act(ofB.entityId, 'call', 'waiting', 'called', 'counter-1');
  const nobody = uuidv7();
  a.outbox.adopt(nobody, { ...(ofB.payload as { ticket: Record<string, unknown> }).ticket, id: nobody });
  const onNobody = a.outbox.act(nobody, 'call', 'waiting', 'called', 'counter-1');
  expect(await results(a.device, [onB, onNobody])).toEqual([
    { status: 'rejected', code: 'ticket_unknown' },
    { status: 'rejected', code: 'ticket_unknown' },
  ]);
});

it('never answers `applied` for an event id this ward already stored, and stores nothing for it', async () => {
  const a = await ward();
  const first = a.outbox.issue('C001');
  await results(a.device, [first]);
  const eventId = (first.payload as { eventId: string }).eventId;
  const again = withIds(a.outbox.issue('C002'), { eventId });
  const inBatch = a.outbox.issue('C003');
  const twice = withIds(a.outbox.issue('C004'), { eventId: (inBatch.payload as { eventId: string }).eventId });
  expect(await results(a.device, [again, inBatch, twice])).toEqual([
    { status: 'rejected', code: 'event_exists' },
    { status: 'applied', code: null },
    { status: 'rejected', code: 'event_exists' },
  ]);
  expect(await count(pg.db, 'SELECT 1 FROM tickets WHERE id = ANY($1::uuid[])', [[again.entityId, twice.entityId]])).toBe(0);
  expect(await count(pg.db, 'SELECT 1 FROM ticket_events WHERE ward_code = $1', [a.device.wardCode])).toBe(2);
});

it("answers a processing system's event id of another ward as a fresh one of its own ward", async () => {
  const a = await ward();
  const b = await ward();
  const post = async (wardCode: string, token: string, eventId: string) =>
    pg.city.transport.send('POST', '/v1/processing/status', {
      headers: { authorization: `Bearer ${token}` },
      body: {
        eventId,
        dossierId: uuidv7(),
        dossierCode: `${wardCode}-261123-0001`,
        status: 'processing',
        at: '2026-11-23T03:00:00.000Z',
      },
    });
  const eventId = uuidv7();
  const tokenB = await createProcessingToken(pg.db, b.device.wardCode);
  const tokenA = await createProcessingToken(pg.db, a.device.wardCode);
  expect((await post(b.device.wardCode, tokenB, eventId)).body).toMatchObject({ accepted: true, replayed: false });
  const answer = await post(a.device.wardCode, tokenA, eventId);
  expect(answer.status).toBe(200);
  expect(answer.body).toMatchObject({ accepted: true, replayed: false });
});
