// A city server in process on a database of its own in the run's PostgreSQL cluster, for one test file: started before
// its tests, stopped after them. Each test takes a new ward with one enrolled device and its outbox.
import { afterAll, beforeAll } from 'vitest';
import type { CityDb } from '../../src/city/db/adapter';
import { migrate } from '../../src/city/db/migrate';
import { openPg } from '../../src/city/db/pg-db';
import type { TestPostgres } from '../support/postgres';
import { sharedPostgres } from '../support/shared-postgres';
import { cityFixture, type CityFixture } from './city-fixture';
import type { TestDevice } from './device-client';
import { WardOutbox } from './ward-outbox';

export interface PostgresCity {
  readonly db: CityDb;
  readonly city: CityFixture;
  /** A new ward with one enrolled, signed-in device, and the outbox that device writes. */
  newDevice(): Promise<{ device: TestDevice; outbox: WardOutbox }>;
}

export function cityOnPostgres(database: string): PostgresCity {
  let server: TestPostgres | undefined;
  const state: { db?: CityDb; city?: CityFixture } = {};
  beforeAll(async () => {
    server = sharedPostgres();
    state.db = openPg({ connectionString: await server.createDatabase(database) });
    await migrate(state.db);
    state.city = await cityFixture(state.db, { requestsPerMinute: 100_000 });
  });
  afterAll(async () => {
    await state.city?.close();
    await state.db?.close();
    server?.stop();
  });
  return {
    get db() {
      return state.db!;
    },
    get city() {
      return state.city!;
    },
    async newDevice() {
      const device = await state.city!.newDevice(await state.city!.newWard());
      return { device, outbox: new WardOutbox(device.deviceId) };
    },
  };
}
