// Backpressure on a real PostgreSQL: one push per device at a time, the per-device request budget
// shared by server copies, and a saturated pool answering 503 with Retry-After instead of hanging.
import { afterAll, beforeAll, expect, it } from 'vitest';
import pg from 'pg';
import type { CityDb } from '../../src/city/db/adapter';
import { migrate } from '../../src/city/db/migrate';
import { openPg } from '../../src/city/db/pg-db';
import type { TestPostgres } from '../support/postgres';
import { sharedPostgres } from '../support/shared-postgres';
import { cityFixture, type CityFixture } from './city-fixture';
import { WardOutbox } from './ward-outbox';

let postgres: TestPostgres;
let url: string;
const opened: { db: CityDb; city: CityFixture }[] = [];

beforeAll(async () => {
  postgres = sharedPostgres();
  url = await postgres.createDatabase('limits');
}, 120_000);

afterAll(async () => {
  for (const o of opened) {
    await o.city.close();
    await o.db.close();
  }
  postgres?.stop();
});

async function server(options: { poolSize?: number; maxWaiting?: number; requestsPerMinute?: number } = {}) {
  const db = openPg({ connectionString: url, poolSize: options.poolSize, maxWaiting: options.maxWaiting, acquireTimeoutMs: 1000 });
  await migrate(db);
  const city = await cityFixture(db, { requestsPerMinute: options.requestsPerMinute });
  opened.push({ db, city });
  return city;
}

it('refuses a second push of one device while the first holds its row, with 409 push_in_progress', async () => {
  const city = await server();
  const device = await city.newDevice(await city.newWard());
  const holder = new pg.Client({ connectionString: url });
  await holder.connect();
  await holder.query('BEGIN');
  await holder.query('SELECT 1 FROM devices WHERE id = $1 FOR NO KEY UPDATE', [device.deviceId]);
  const res = await device.push([new WardOutbox(device.deviceId).issue('A001')]);
  await holder.query('ROLLBACK');
  await holder.end();
  expect(res.status).toBe(409);
  expect(res.body.error.code).toBe('push_in_progress');
});

it('counts one request budget per device across two server copies and answers 429 with Retry-After', async () => {
  const first = await server({ requestsPerMinute: 4 });
  const second = await server({ requestsPerMinute: 4 });
  const device = await first.newDevice(await first.newWard());
  const statuses: number[] = [];
  for (let i = 0; i < 3; i++) {
    statuses.push((await first.transport.send('GET', '/v1/status', { headers: device.headers() })).status);
    statuses.push((await second.transport.send('GET', '/v1/status', { headers: device.headers() })).status);
  }
  expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
  const limited = await second.transport.send('GET', '/v1/status', { headers: device.headers() });
  expect(limited.body.error.code).toBe('rate_limited');
  const retry = Number(limited.headers['retry-after']);
  expect(retry).toBeGreaterThanOrEqual(1);
  expect(retry).toBeLessThanOrEqual(60);
  expect(limited.body.error.retryAfterSeconds).toBe(retry);
});

it('answers 503 with Retry-After when every connection is busy and the wait queue is full', async () => {
  const city = await server({ poolSize: 1, maxWaiting: 0 });
  const device = await city.newDevice(await city.newWard());
  let release!: () => void;
  const held = city.db.transaction(() => new Promise<void>((r) => (release = r)));
  await new Promise((r) => setTimeout(r, 100));
  const res = await device.pull(0);
  release();
  await held;
  expect(res.status).toBe(503);
  expect(res.headers['retry-after']).toBe('2');
  expect(res.body.error).toMatchObject({ code: 'unavailable', retryAfterSeconds: 2 });
  expect((await device.pull(0)).status).toBe(200);
});
