// Gaps found by mutation testing: the sync log report over runs logged through the ward's own sync
// store (as the engine logs them), for what a scripted city makes slow to reach: a PC the city stopped,
// changes received, runs an earlier version closed without words, and more runs than the print lists.
import { expect, it } from 'vitest';
import { SyncStore } from '../../src/main/service/sync/sync-store';
import { WritePath } from '../../src/main/service/write-path';
import { SYNC_LOG_PRINT_MAX_RUNS } from '../../src/shared/api/sync';
import { syncFailureText, syncLogText } from '../../src/shared/i18n/vi/sync';
import { wardFixture } from '../support/ward-fixture';

type RunEnd = Parameters<SyncStore['endRun']>[1];

/** A ward on 7 December in Hà Nội, logging one run every 30 s from 08:00; `allSent`: the city took every change. */
function wardWithRuns(ends: RunEnd[], allSent = false) {
  const fx = wardFixture({ start: '2026-12-07T01:00:00.000Z' });
  const store = new SyncStore(fx.ward.readDb, new WritePath(fx.ward.db, fx.ward.events, fx.clock.now, fx.ward.health));
  for (const end of ends) {
    fx.clock.advance(30_000);
    store.endRun(store.startRun('timer'), end);
  }
  if (allSent) store.storePushResults([], Number.MAX_SAFE_INTEGER);
  return fx.call('getSyncLogReport', { from: '2026-12-07', to: '2026-12-07' });
}

const ok = (pulled = 0): RunEnd => ({ result: 'ok', pushed: 1, pulled });
const failed = (code: string, message?: string): RunEnd => ({
  result: 'failed',
  pushed: 0,
  pulled: 0,
  code,
  ...(message ? { message } : {}),
});

it('counts a run the city stopped (this PC revoked) as a failure, with its reason', () => {
  const report = wardWithRuns([
    ok(),
    { result: 'stopped', pushed: 0, pulled: 0, code: 'device_revoked', message: syncFailureText.device_revoked },
  ]);
  expect(report.totals).toMatchObject({ runs: 2, succeeded: 1, failed: 1 });
  expect(report.failures).toMatchObject([{ code: 'device_revoked', reason: syncFailureText.device_revoked, count: 1 }]);
});

it('totals the changes received from the city over the runs', () => {
  expect(wardWithRuns([ok(3), ok(0), ok(4)]).totals).toMatchObject({ runs: 3, pushed: 3, pulled: 7 });
});

it("explains a run closed with a code and no words in the catalogue's words, and names a code it does not know", () => {
  const report = wardWithRuns([failed('network'), failed('gone_fishing')]);
  expect(report.runs.map((r) => r.reason)).toEqual([syncFailureText.network, syncLogText.unknownFailure('gone_fishing')]);
});

it('lists the most frequent failure first, even when it started later; equal counts by their first time', () => {
  const report = wardWithRuns([
    failed('internal', syncFailureText.server),
    failed('unavailable', syncFailureText.busy),
    failed('timeout', syncFailureText.timeout),
    failed('unavailable', syncFailureText.busy),
  ]);
  expect(report.failures.map((f) => [f.code, f.count])).toEqual([
    ['unavailable', 2],
    ['internal', 1],
    ['timeout', 1],
  ]);
});

it('says nothing waits, with no oldest time, when every change has gone', () => {
  expect(wardWithRuns([ok()], true).pending).toEqual({ total: 0, oldestAt: null, byEntity: [] });
});

it(`prints the latest ${SYNC_LOG_PRINT_MAX_RUNS} runs of a busy range and counts the ones left for the files`, () => {
  const report = wardWithRuns(Array.from({ length: SYNC_LOG_PRINT_MAX_RUNS + 2 }, () => ok()));
  expect(report.totals.runs).toBe(SYNC_LOG_PRINT_MAX_RUNS + 2);
  expect(report.runs).toHaveLength(SYNC_LOG_PRINT_MAX_RUNS);
  expect(report.runsNotListed).toBe(2);
  // One run every 30 s from 08:00:30: the first two are left out.
  expect(report.runs[0]!.startedAt).toBe('2026-12-07T01:01:30.000Z');
});
