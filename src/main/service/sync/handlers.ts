import type { syncMethods } from '../../../shared/api/sync';
import { localDay } from '../../../shared/time/local-time';
import type { Db } from '../db/open-database';
import type { HandlerSlice } from '../handler-slice';
import { daySummary } from './day-summary';
import type { SyncEngine } from './sync-engine';
import type { SyncStore } from './sync-store';

const DEFAULT_LIMIT = 100;

export function syncHandlers(
  engine: SyncEngine,
  store: SyncStore,
  readDb: Db,
  /** The ward's name as its papers carry it (config/ward-name.ts). */
  wardName: () => string,
  now: () => Date,
): HandlerSlice<typeof syncMethods> {
  return {
    getSyncStatus: () => engine.status(),
    syncNow: (input) => ({ started: engine.syncNow(input.reason ?? 'manual') }),
    enrolWithCity: (input) => engine.enrol(input.cityUrl, input.code),
    listSyncRuns: (input) => ({ runs: store.runs(input.limit ?? DEFAULT_LIMIT) }),
    listRejectedMutations: (input) => ({ rejected: store.rejected(input.limit ?? DEFAULT_LIMIT) }),
    getDaySummary: (input) => {
      const at = now();
      return daySummary(readDb, input.day ?? localDay(at), {
        pendingSync: store.pendingSummary().total,
        lastSuccessAt: store.lastSuccessAt(),
        wardName: wardName(),
        now: at,
      });
    },
  };
}
