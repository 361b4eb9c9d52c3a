import { SYNC_LOG_PRINT_MAX_RUNS, type SyncLogReport, type SyncLogRun } from '../../../shared/api/sync';
import { syncFailureText, syncLogText } from '../../../shared/i18n/vi/sync';
import { instantOfLocal } from '../../../shared/time/local-time';
import type { Db } from '../db/open-database';
import { stmt } from '../db/statements';
import type { SyncStore } from './sync-store';

// The sync log over a range of Hanoi days, as IT reads it at the end of a day or a month: every run,
// why the failed ones failed (in the words the clerk saw), and what is still waiting to go.

export interface SyncLogRange {
  from: string;
  to: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The range's runs in full (for the files) and the report built on them (for the page and the print). */
export function syncLogReport(
  readDb: Db,
  store: SyncStore,
  range: SyncLogRange,
  context: { wardName: string; now: Date },
): { report: SyncLogReport; allRuns: SyncLogRun[] } {
  const start = instantOfLocal(range.from, '00:00');
  const end = new Date(Date.parse(instantOfLocal(range.to, '00:00')) + DAY_MS).toISOString();
  const allRuns = store.runsStartedBetween(start, end).map((run) => ({ ...run, reason: reasonOf(run) }));
  const finished = allRuns.filter((r) => r.result === 'failed' || r.result === 'stopped');
  const report: SyncLogReport = {
    from: range.from,
    to: range.to,
    wardName: context.wardName,
    generatedAt: context.now.toISOString(),
    totals: {
      runs: allRuns.length,
      succeeded: allRuns.filter((r) => r.result === 'ok').length,
      failed: finished.length,
      pushed: allRuns.reduce((n, r) => n + r.pushed, 0),
      pulled: allRuns.reduce((n, r) => n + r.pulled, 0),
    },
    runs: allRuns.slice(-SYNC_LOG_PRINT_MAX_RUNS),
    runsNotListed: Math.max(0, allRuns.length - SYNC_LOG_PRINT_MAX_RUNS),
    failures: failuresByReason(finished),
    pending: pendingByKind(readDb),
  };
  return { report, allRuns };
}

/**
 * The stored message is already the clerk's words (the engine takes it from the catalogue when the
 * run ends); a run closed without one still gets the catalogue's words for its code.
 */
function reasonOf(run: Omit<SyncLogRun, 'reason'>): string | null {
  if (run.errorMessage) return run.errorMessage;
  if (!run.errorCode) return null;
  return Object.hasOwn(syncFailureText, run.errorCode)
    ? syncFailureText[run.errorCode as keyof typeof syncFailureText]
    : syncLogText.unknownFailure(run.errorCode);
}

function failuresByReason(runs: readonly SyncLogRun[]): SyncLogReport['failures'] {
  const byReason = new Map<string, SyncLogReport['failures'][number]>();
  for (const run of runs) {
    const code = run.errorCode ?? 'unknown';
    const reason = run.reason ?? syncLogText.unknownFailure(code);
    const seen = byReason.get(reason);
    if (seen) {
      seen.count += 1;
      seen.lastAt = run.startedAt;
    } else byReason.set(reason, { code, reason, count: 1, firstAt: run.startedAt, lastAt: run.startedAt });
  }
  return [...byReason.values()].sort((a, b) => b.count - a.count || a.firstAt.localeCompare(b.firstAt));
}

function pendingByKind(readDb: Db): SyncLogReport['pending'] {
  const byEntity = stmt(
    readDb,
    `SELECT entity, COUNT(*) AS count, MIN(wall_time) AS oldestAt FROM outbox WHERE status = 'pending'
     GROUP BY entity ORDER BY oldestAt, entity`,
  ).all() as { entity: string; count: number; oldestAt: string }[];
  return {
    total: byEntity.reduce((n, e) => n + e.count, 0),
    oldestAt: byEntity[0]?.oldestAt ?? null,
    byEntity,
  };
}
