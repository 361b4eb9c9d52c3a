// Shared pieces of the ward-side sync tests (the city they talk to: tests/support/test-city.ts):
// real ward services whose sync engine talks to a city over HTTP.
import type { CityDb } from '../../src/city/db/adapter';
import type { SyncTiming } from '../../src/main/service/sync/sync-engine';
import { TestClock, tempDir, wardFixture, type WardFixture } from '../support/ward-fixture';

/** Timers short enough for tests; the periodic timer is effectively off so runs happen when a test says. */
export const FAST_TIMING: Partial<SyncTiming> = {
  debounceMs: 20,
  periodMinMs: 600_000,
  periodMaxMs: 600_000,
  backoffBaseMs: 5,
  backoffCapMs: 50,
  requestTimeoutMs: 3000,
};

export type SyncWard = WardFixture;

/** A ward service on a temp folder with fast sync timers; the clock is the wall clock unless a test moves it. */
export function syncWard(
  options: { dataDir?: string; clock?: TestClock; timing?: Partial<SyncTiming>; random?: () => number } = {},
): SyncWard {
  return wardFixture({
    dataDir: options.dataDir ?? tempDir('motcua-sync-'),
    clock: options.clock ?? new TestClock(Date.now()),
    sync: {
      timing: { ...FAST_TIMING, ...options.timing },
      appVersion: '0.2.0-test',
      ...(options.random ? { random: options.random } : {}),
    },
  });
}

/** Enrols the ward service with a fresh code and waits for the first run to end. */
export async function enrol(w: SyncWard, cityUrl: string, code: string): Promise<void> {
  const started = w.call('enrolWithCity', { cityUrl, code });
  if (!started.started) throw new Error(`enrolment did not start: ${started.message}`);
  await w.ward.sync.settled();
  const status = w.call('getSyncStatus', {});
  if (!status.city) throw new Error(`enrolment failed: ${status.enrolment?.message}`);
}

/** Runs sync until nothing is pending and the last run succeeded, at most `rounds` times. */
export async function syncUntilQuiet(w: SyncWard, rounds = 30): Promise<number> {
  for (let round = 1; round <= rounds; round++) {
    await w.ward.sync.settled();
    w.ward.sync.syncNow();
    await w.ward.sync.settled();
    const status = w.call('getSyncStatus', {});
    if (status.pending.total === 0 && status.lastError === null) return round;
  }
  const status = w.call('getSyncStatus', {});
  throw new Error(`sync did not settle: ${JSON.stringify(status)}`);
}

export function deviceIdOf(w: SyncWard): string {
  return w.call('getSyncStatus', {}).city!.deviceId;
}

/** The ward's outbox as (seq, mutation id, status), straight from SQLite. */
export function outbox(w: SyncWard): { seq: number; mutation_id: string; status: string; entity: string; entity_id: string }[] {
  return w.ward.db.prepare('SELECT seq, mutation_id, status, entity, entity_id FROM outbox ORDER BY seq').all() as {
    seq: number;
    mutation_id: string;
    status: string;
    entity: string;
    entity_id: string;
  }[];
}

/** The city's record of one device's mutations: the oracle for exactly-once. */
export async function cityMutations(db: CityDb, deviceId: string): Promise<{ seq: number; mutation_id: string; status: string }[]> {
  return db.query<{ seq: number; mutation_id: string; status: string }>(
    'SELECT seq::int AS seq, mutation_id::text AS mutation_id, status FROM mutations WHERE device_id = $1 ORDER BY seq',
    [deviceId],
  );
}
