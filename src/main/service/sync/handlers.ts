import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import type { syncMethods } from '../../../shared/api/sync';
import { localDay } from '../../../shared/time/local-time';
import type { Db } from '../db/open-database';
import type { HandlerSlice } from '../handler-slice';
import { daySummary } from './day-summary';
import type { SyncEngine } from './sync-engine';
import { syncLogFile } from './sync-log-file';
import { syncLogReport } from './sync-log-report';
import type { SyncStore } from './sync-store';

const DEFAULT_LIMIT = 100;

/** An XLSX file is zipped asynchronously: that one handler answers with a promise. */
type SyncHandlers = HandlerSlice<Omit<typeof syncMethods, 'exportSyncLog'>> & {
  exportSyncLog: (input: ParsedInput<'exportSyncLog'>) => Promise<MethodOutput<'exportSyncLog'>>;
};

export function syncHandlers(
  engine: SyncEngine,
  store: SyncStore,
  readDb: Db,
  /** The ward's name as its papers carry it (config/ward-name.ts). */
  wardName: () => string,
  now: () => Date,
): SyncHandlers {
  const logReport = (range: { from: string; to: string }) => syncLogReport(readDb, store, range, { wardName: wardName(), now: now() });
  return {
    getSyncStatus: () => engine.status(),
    syncNow: (input) => ({ started: engine.syncNow(input.reason ?? 'manual') }),
    enrolWithCity: (input) => engine.enrol(input.cityUrl, input.code),
    listSyncRuns: (input) => ({ runs: store.runs(input.limit ?? DEFAULT_LIMIT) }),
    listRejectedMutations: (input) => ({ rejected: store.rejected(input.limit ?? DEFAULT_LIMIT) }),
    getSyncLogReport: (input) => logReport(input).report,
    exportSyncLog: (input) => {
      const { report, allRuns } = logReport(input);
      return syncLogFile(report, allRuns, input.format);
    },
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
