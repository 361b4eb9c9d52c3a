// Random and malformed input on every endpoint: a 4xx with the wire's error body, nothing stored, and
// the server still answering.
import crypto from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createProcessingToken } from '../../src/city/admin';
import { migratedPglite } from '../support/test-pglite';
import type { CityDb } from '../../src/city/db/adapter';
import { cityFixture, type CityFixture } from './city-fixture';
import { protocolHeaders, type TestDevice } from './device-client';
import { WardOutbox } from './ward-outbox';

let db: CityDb;
let city: CityFixture;
let device: TestDevice;
let processingToken: string;
let ward: string;

const TABLES = [
  'wards',
  'devices',
  'enrol_codes',
  'mutations',
  'tickets',
  'ticket_events',
  'ward_state',
  'dossier_statuses',
  'parked_entities',
  'incidents',
];

async function snapshotCounts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) out[t] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`))[0]!.n;
  return out;
}

beforeAll(async () => {
  db = await migratedPglite();
  city = await cityFixture(db, { requestsPerMinute: 100_000 });
  ward = await city.newWard();
  device = await city.newDevice(ward);
  processingToken = await createProcessingToken(db, ward);
}, 60_000);
afterAll(async () => {
  await city?.close();
  await db?.close();
});

function expectClientError(res: { status: number; body: { error?: { code: string; message: string }; serverTime?: string } }): void {
  expect(res.status).toBeGreaterThanOrEqual(400);
  expect(res.status).toBeLessThan(500);
  expect(res.body.error?.code).toBeTypeOf('string');
  expect(res.body.error?.message).toBeTypeOf('string');
  expect(res.body.serverTime).toBeTypeOf('string');
}

const wrongShape = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.array(fc.jsonValue(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
);

/**
 * A valid outbox row whose seq or mutation id, the fields a per-mutation answer needs, has the wrong
 * type or an empty or NUL-carrying value (other fields are answered per mutation: push-malformed.test.ts).
 */
const brokenMutation = fc
  .oneof(
    fc.record({
      field: fc.constant('seq'),
      value: fc.oneof(wrongShape, fc.string(), fc.integer({ min: -5, max: 0 }), fc.double({ min: 0.1, max: 0.9 })),
    }),
    fc.record({
      field: fc.constant('mutationId'),
      value: fc.oneof(
        wrongShape,
        fc.integer(),
        fc.constant(''),
        fc.string().map((t) => `${t}\u0000`),
      ),
    }),
  )
  .map(({ field, value }) => {
    const row = new WardOutbox().issue('A001') as unknown as Record<string, unknown>;
    row[field] = value;
    return row;
  });

it('answers random bodies on every POST endpoint with 4xx and stores nothing', { timeout: 120_000 }, async () => {
  const before = await snapshotCounts();
  const endpoints: [string, Record<string, string>][] = [
    ['/v1/enrol', protocolHeaders],
    ['/v1/auth/challenge', protocolHeaders],
    ['/v1/auth/token', protocolHeaders],
    ['/v1/sync/push', device.headers()],
    ['/v1/processing/status', { authorization: `Bearer ${processingToken}` }],
  ];
  for (const [url, headers] of endpoints) {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (body) => {
        expectClientError(await city.transport.send('POST', url, { headers, body }));
      }),
      { numRuns: 40 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (raw) => {
        expectClientError(await city.transport.send('POST', url, { headers, rawBody: raw.startsWith('{') ? raw : `{${raw}` }));
      }),
      { numRuns: 20 },
    );
  }
  await fc.assert(
    fc.asyncProperty(brokenMutation, async (row) => {
      expectClientError(await device.push([row as never]));
    }),
    { numRuns: 80 },
  );
  expect(await snapshotCounts()).toEqual(before);
});

it('answers random query strings on pull and snapshot with 4xx', { timeout: 60_000 }, async () => {
  await fc.assert(
    fc.asyncProperty(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), async (cursor, limit) => {
      const q = new URLSearchParams({ cursor, limit });
      const pull = await city.transport.send('GET', `/v1/sync/pull?${q}`, { headers: device.headers() });
      if (pull.status !== 200) expectClientError(pull);
      const snap = await city.transport.send('GET', `/v1/sync/snapshot?${new URLSearchParams({ page: cursor, limit })}`, {
        headers: device.headers(),
      });
      if (snap.status !== 200) expectClientError(snap);
    }),
    { numRuns: 60 },
  );
});

it('refuses oversized, non-JSON, NUL-carrying and over-long requests without touching the data', async () => {
  const before = await snapshotCounts();
  const outbox = new WardOutbox(device.deviceId);
  const big = await device.push([outbox.issue('A001', 1_100_000)]);
  expect(big.status).toBe(413);
  expect(big.body.error.code).toBe('payload_too_large');

  const over = new WardOutbox(device.deviceId);
  const tooMany = await device.push(Array.from({ length: 501 }, (_, i) => over.issue(`A${i}`)));
  expect(tooMany.status).toBe(400);

  // Whole, otherwise valid status posts whose note holds what PostgreSQL cannot store: NUL, half a
  // surrogate pair (escapes in either case: JSON allows both). A push answers such text per mutation
  // (push-malformed.postgres.integration.test.ts).
  for (const note of ['a\\u0000', 'a\\ud800', '\\udc00b', 'a\\uDBFF', '\\uDC00b']) {
    const status = {
      eventId: crypto.randomUUID(),
      dossierId: crypto.randomUUID(),
      dossierCode: `${ward}-261123-0001`,
      status: 'processing',
      at: '2026-11-23T02:00:00Z',
      note: 'x',
    };
    const raw = JSON.stringify(status).replace('"note":"x"', `"note":"${note}"`);
    const res = await city.transport.send('POST', '/v1/processing/status', {
      headers: { authorization: `Bearer ${processingToken}` },
      rawBody: raw,
    });
    expect([res.status, res.body.error?.issues]).toEqual([400, ['body: NUL or lone surrogate']]);
  }
  // A whole surrogate pair and an escaped backslash before "u0000" are ordinary text: such a body gets
  // past the character check to the schema, which refuses it here for its seq 0 only.
  for (const actor of ['a\\ud83d\\ude00', 'a\\\\u0000']) {
    const raw = JSON.stringify({ mutations: [new WardOutbox(device.deviceId).issue('A001')] })
      .replace('"actor":"local"', `"actor":"${actor}"`)
      .replace('"seq":1,', '"seq":0,');
    const res = await city.transport.send('POST', '/v1/sync/push', { headers: device.headers(), rawBody: raw });
    expect([res.status, res.body.error?.issues]).toEqual([400, [expect.stringMatching(/^mutations\.0\.seq: /)]]);
  }

  const text = await city.transport.send('POST', '/v1/sync/push', {
    headers: { ...device.headers(), 'content-type': 'text/plain' },
    rawBody: 'hello',
  });
  expect(text.status).toBe(400);

  const unknown = await city.transport.send('GET', '/v1/nothing', { headers: protocolHeaders });
  expect(unknown.status).toBe(404);
  expect(unknown.body.serverTime).toBeTypeOf('string');

  const forged = await city.transport.send('POST', '/v1/auth/token', {
    headers: protocolHeaders,
    body: {
      deviceId: crypto.randomUUID(),
      nonce: crypto.randomBytes(32).toString('base64url'),
      signature: crypto.randomBytes(64).toString('base64url'),
    },
  });
  expect(forged.status).toBe(401);
  expect(await snapshotCounts()).toEqual(before);
  expect((await city.transport.send('GET', '/health')).body.ok).toBe(true);
});
