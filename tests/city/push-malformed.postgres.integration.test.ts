// Malformed mutations a device can send (issue 21 §5), against a real PostgreSQL: each is answered on
// its own, never with a 5xx, and the valid rest of its batch applies, so the ward's queue moves on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Mutation as MutationSchema, type Mutation } from '../../src/shared/sync/wire';
import { count } from './city-fixture';
import type { TestDevice } from './device-client';
import { cityOnPostgres } from './postgres-city';
import type { WardOutbox } from './ward-outbox';

const pg = cityOnPostgres('push_malformed');
const newDevice = () => pg.newDevice();

interface Result {
  seq: number;
  status: string;
  code: string | null;
  message: string | null;
  reason?: string;
}

/**
 * The batch [valid ticket, bad row, valid ticket] as a ward would send it: the bad row is a valid one
 * given to `spoil`; a payload of "RAW" is replaced by `rawPayload` in the body's text.
 */
async function pushBetweenValid(
  device: TestDevice,
  outbox: WardOutbox,
  spoil: (row: Record<string, unknown>) => Record<string, unknown>,
  rawPayload?: string,
) {
  const before = outbox.issue('A001');
  const middle = spoil({ ...outbox.issue('A002') });
  const after = outbox.issue('A003');
  let body = JSON.stringify({ mutations: [before, middle, after] });
  if (rawPayload) body = body.replace('"payload":"RAW"', `"payload":${rawPayload}`);
  const send = () => pg.city.transport.send('POST', '/v1/sync/push', { headers: device.headers(), rawBody: body });
  const res = await send();
  return { res, before, middle, after, results: (res.body.results ?? []) as Result[], send };
}

async function ticketsStored(...rows: Mutation[]): Promise<number> {
  return count(pg.db, 'SELECT 1 FROM tickets WHERE id = ANY($1::uuid[])', [rows.map((r) => r.entityId)]);
}

describe('the four malformed pushes of issue 21, each between two valid rows', () => {
  it('a ward set-up record with a null payload is parked alone as not of its shape; its neighbours apply', async () => {
    const { device, outbox } = await newDevice();
    const { res, before, after, results } = await pushBetweenValid(device, outbox, (row) => ({
      ...row,
      entity: 'service',
      entityId: 'svc-a',
      op: 'service.save@1',
      payload: null,
    }));
    expect(res.status).toBe(200);
    expect(results.map((r) => [r.status, r.code])).toEqual([
      ['applied', null],
      ['parked', 'payload_schema'],
      ['applied', null],
    ]);
    expect(results[1]!.message).toMatch(/\p{L}/u);
    expect(res.body.ackedThroughSeq).toBe(3);
    expect(await ticketsStored(before, after)).toBe(2);
    expect(await count(pg.db, `SELECT 1 FROM ward_records WHERE entity = 'service' AND entity_id = 'svc-a'`)).toBe(0);
  });

  it('a schema version beyond any integer column is rejected as malformed, naming the field; the replay answers the same', async () => {
    const { device, outbox } = await newDevice();
    const { res, before, after, results, send } = await pushBetweenValid(device, outbox, (row) => ({
      ...row,
      schemaVersion: 1099511627776,
    }));
    expect(res.status).toBe(200);
    expect(results.map((r) => [r.status, r.code])).toEqual([
      ['applied', null],
      ['rejected', 'malformed_mutation'],
      ['applied', null],
    ]);
    expect(results[1]!.reason).toMatch(/^schemaVersion: /);
    expect(await ticketsStored(before, after)).toBe(2);

    const replay = await send();
    expect(replay.status).toBe(200);
    expect((replay.body.results as Result[]).map((r) => [r.status, r.code, r.message])).toEqual(
      results.map((r) => [r.status, r.code, r.message]),
    );
    const next = outbox.issue('A004');
    const moved = await device.push([next]);
    expect([moved.status, moved.body.ackedThroughSeq]).toEqual([200, 4]);
  });

  it('an unknown op whose payload nests 10,000 deep is rejected as malformed without walking it recursively', async () => {
    const { device, outbox } = await newDevice();
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const { res, before, after, results } = await pushBetweenValid(
      device,
      outbox,
      (row) => ({ ...row, entity: 'dossier', op: 'dossier.receive@2', payload: 'RAW' }),
      deep,
    );
    expect(res.status).toBe(200);
    expect(results.map((r) => [r.status, r.code])).toEqual([
      ['applied', null],
      ['rejected', 'malformed_mutation'],
      ['applied', null],
    ]);
    expect(results[1]!.reason).toBe('payload: nested deeper than 32');
    expect(await ticketsStored(before, after)).toBe(2);
    expect(await count(pg.db, 'SELECT 1 FROM parked_entities WHERE device_id = $1', [device.deviceId])).toBe(0);
  });

  it('a snapshot page token whose entity or id holds NUL answers 400', async () => {
    const { device } = await newDevice();
    for (const token of [
      { cursor: 0, entity: 'ticket', entityId: 'a\u0000' },
      { cursor: 0, entity: 'tick\u0000et', entityId: 'a' },
    ]) {
      const res = await device.snapshot(Buffer.from(JSON.stringify(token)).toString('base64url'));
      expect([res.status, res.body.error?.code]).toEqual([400, 'bad_request']);
    }
    expect((await device.snapshot()).status).toBe(200);
  });

  it('text PostgreSQL cannot store, in an actor or a payload, is rejected with that mutation alone', async () => {
    const { device, outbox } = await newDevice();
    const actor = await pushBetweenValid(device, outbox, (row) => ({ ...row, actor: 'local\u0000' }));
    expect(actor.results.map((r) => r.code)).toEqual([null, 'malformed_mutation', null]);
    expect(actor.results[1]!.reason).toBe('actor: NUL or lone surrogate');
    const payload = await pushBetweenValid(device, outbox, (row) => ({ ...row, payload: { note: 'a\ud800' } }));
    expect(payload.results.map((r) => r.code)).toEqual([null, 'malformed_mutation', null]);
    expect(await ticketsStored(actor.before, actor.after, payload.before, payload.after)).toBe(4);
  });
});

const FIELDS = ['entity', 'entityId', 'op', 'hlc', 'actor', 'wallTime', 'schemaVersion', 'payload', 'payload.ticket', 'extra'] as const;
const nested = (depth: number): unknown => {
  let v: unknown = 'x';
  for (let i = 0; i < depth; i++) v = [v];
  return v;
};
const badValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.constantFrom(2 ** 40, Number.MAX_SAFE_INTEGER, -1, 0, 1e308),
  fc.integer({ min: 33, max: 3000 }).map(nested),
  fc.string({ maxLength: 20 }).map((s) => `${s}\u0000`),
  fc.string({ maxLength: 20 }).map((s) => `${s}\udc00`),
  fc.integer({ min: 121, max: 20_000 }).map((n) => 'x'.repeat(n)),
  fc.array(fc.jsonValue(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue(), { maxKeys: 3 }),
);

it('200 generated malformed mutations: never a 5xx, each answered alone, the valid rows of their batches applied', async () => {
  const { device, outbox } = await newDevice();
  const statuses = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...FIELDS), badValue, async (field, value) => {
      const { res, before, middle, after, results } = await pushBetweenValid(device, outbox, (row) => {
        if (field === 'extra') return { ...row, extra: value };
        if (field === 'payload.ticket') return { ...row, payload: { ...(row.payload as object), ticket: value } };
        return { ...row, [field]: value };
      });
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      expect(res.status).toBe(200);
      expect(res.body.ackedThroughSeq).toBe(outbox.seq);
      expect([results[0]!.status, results[2]!.status]).toEqual(['applied', 'applied']);
      const wire = MutationSchema.safeParse(middle);
      if (!wire.success) expect(results[1]).toMatchObject({ status: 'rejected', code: 'malformed_mutation', reason: expect.any(String) });
      else expect(results[1]!.status).not.toBe('applied');
      expect(await ticketsStored(before, after)).toBe(2);
    }),
    { numRuns: 200, seed: 21_05 },
  );
  expect(statuses).toEqual(new Map([[200, 200]]));
}, 300_000);
