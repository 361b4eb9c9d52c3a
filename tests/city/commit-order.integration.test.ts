// Pull's cursor is commit-ordered: while two counters of one ward push at once on a real PostgreSQL, a
// third device pulling all the time sees every change exactly once, in increasing order, none skipped.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CityDb } from '../../src/city/db/adapter';
import { migrate } from '../../src/city/db/migrate';
import { openPg } from '../../src/city/db/pg-db';
import type { TestPostgres } from '../support/postgres';
import { sharedPostgres } from '../support/shared-postgres';
import { cityFixture, type CityFixture } from './city-fixture';
import { WardOutbox } from './ward-outbox';

let postgres: TestPostgres;
let db: CityDb;
let city: CityFixture;

beforeAll(async () => {
  postgres = sharedPostgres();
  db = openPg({ connectionString: await postgres.createDatabase('commit_order') });
  await migrate(db);
  city = await cityFixture(db, { requestsPerMinute: 100_000 });
}, 120_000);

afterAll(async () => {
  await city?.close();
  await db?.close();
  postgres?.stop();
});

it('never lets a puller skip a change committed late by a concurrent push', { timeout: 120_000 }, async () => {
  const ward = await city.newWard();
  const pushers = await Promise.all([city.newDevice(ward, 0), city.newDevice(ward, 1)]);
  const reader = await city.newDevice(ward, 2);
  const issued: string[] = [];

  let pushing = true;
  const seen: number[] = [];
  const ids: string[] = [];
  const pullLoop = (async () => {
    let cursor = 0;
    for (;;) {
      const done = !pushing;
      const res = await reader.pull(cursor, 7);
      for (const c of res.body.changes as { v: number; entityId: string }[]) {
        seen.push(c.v);
        ids.push(c.entityId);
      }
      cursor = res.body.nextCursor;
      if (done && !res.body.hasMore) return;
    }
  })();

  await Promise.all(
    pushers.map(async (device, d) => {
      const outbox = new WardOutbox(device.deviceId);
      for (let batch = 0; batch < 25; batch++) {
        const rows = Array.from({ length: 8 }, (_, i) => outbox.issue(`${'AB'[d]}${batch * 8 + i + 1}`));
        issued.push(...rows.map((r) => r.entityId));
        const res = await device.push(rows);
        expect(res.status).toBe(200);
      }
    }),
  );
  pushing = false;
  await pullLoop;

  expect(seen).toEqual(Array.from({ length: 400 }, (_, i) => i + 1));
  expect([...ids].sort()).toEqual([...issued].sort());
});
