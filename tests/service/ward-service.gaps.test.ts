// A calendar year the city publishes counts in the ward's due dates at once, without a restart.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockDataFolder } from '../../src/main/service/db/data-folder';
import { DATABASE_FILE } from '../../src/main/service/db/open-database';
import { WardService } from '../../src/main/service/ward-service';
import { SyncStore } from '../../src/main/service/sync/sync-store';
import { WritePath } from '../../src/main/service/write-path';
import { cultureDay2026, shipped2026 } from '../support/city-calendar';
import { tempDir, wardFixture } from '../support/ward-fixture';
import { outboxRows } from '../support/ward-queries';
import { startFakeCity, type FakeCity } from '../sync/fake-city';

let city: FakeCity | null = null;
afterEach(async () => {
  await city?.close();
  city = null;
});

describe('the ward service', () => {
  it('counts a holiday the city adds to this year in the next due date it gives', () => {
    const fx = wardFixture({ start: '2026-11-23T01:00:00.000Z' });
    // Monday 23/11/2026, 10:00 in Hanoi: one working day ends on Tuesday 24/11 at 17:00.
    const oneDay = { rule: { kind: 'working_days' as const, days: 1 }, receivedAt: '2026-11-23T03:00:00.000Z' };
    expect(fx.call('getDueDate', oneDay)).toMatchObject({ date: '2026-11-24', time: '17:00' });

    const store = new SyncStore(fx.ward.readDb, new WritePath(fx.ward.db, fx.ward.events, fx.clock.now, fx.ward.health));
    store.applyPullPage(
      {
        changes: [
          {
            v: 1,
            entity: 'calendar_year',
            entityId: '2026',
            data: { ...shipped2026, days: [...shipped2026.days, cultureDay2026] },
            originDeviceId: null,
          },
        ],
        nextCursor: 1,
        hasMore: false,
        lastSeqForThisDevice: 0,
        serverTime: '2026-11-23T01:00:00.000Z',
      },
      true,
    );
    expect(fx.call('getDueDate', oneDay)).toMatchObject({ date: '2026-11-25', time: '17:00' });
  });

  it('stamps its work with the PC clock when no clock is given, as the installed app runs', () => {
    const ward = new WardService({ dataDir: tempDir() });
    try {
      const stamps = outboxRows(ward).map((r) => Date.parse(r.wall_time as string));
      expect(stamps.length).toBeGreaterThan(0);
      for (const stamp of stamps) expect(Math.abs(stamp - Date.now())).toBeLessThan(60_000);
    } finally {
      ward.close();
    }
  });

  it('gives its data folder back when its database cannot be opened, so a fixed start can take it', () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, DATABASE_FILE), 'not a database, and long enough to be read as a damaged one.'.repeat(4));
    expect(() => new WardService({ dataDir })).toThrow();
    lockDataFolder(dataDir).release();
  });

  it("enrols as app version 'unknown' when the shell gives none, so the city's device list never shows a blank", async () => {
    city = await startFakeCity();
    const fx = wardFixture({
      start: '2026-11-23T01:00:00.000Z',
      sync: { timing: { debounceMs: 20, periodMinMs: 600_000, periodMaxMs: 600_000 } },
    });
    expect(fx.call('enrolWithCity', { cityUrl: city.url, code: 'ABCD-2345' })).toMatchObject({ started: true });
    await fx.ward.sync.settled();
    expect(city.requests.find((r) => r.path === '/v1/enrol')?.body).toMatchObject({ appVersion: 'unknown' });
  });
});
