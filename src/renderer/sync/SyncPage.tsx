import { useEffect, useState } from 'react';
import type { RejectedMutation, SyncRun } from '../../shared/api/sync';
import { entityText, syncPageText as text, syncRunResultText, syncStateText, syncTriggerText } from '../../shared/i18n/vi/sync';
import { api } from '../api/client';
import { ClerkBar } from '../accounts/ClerkBar';
import { AppNav } from '../components/AppNav';
import { failureMessage } from '../state/failure';
import { EnrolForm } from './EnrolForm';
import { SyncLogReportSection } from './SyncLogReportSection';
import { age, when } from './format';
import { useSyncStatus } from './use-sync-status';
import './sync.css';

/** /sync: is this PC in sync with the city, what waits, every attempt, what the city refused, enrolment. */
export function SyncPage() {
  const { status, error, revision, refresh } = useSyncStatus();
  const [runs, setRuns] = useState<SyncRun[]>([]);
  const [rejected, setRejected] = useState<RejectedMutation[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    Promise.all([api('listSyncRuns', { limit: 100 }), api('listRejectedMutations', { limit: 100 })])
      .then(([r, x]) => {
        setRuns(r.runs);
        setRejected(x.rejected);
      })
      .catch((f: unknown) => setFailure(failureMessage(f)));
  }, [revision]);

  const syncNow = (): void => {
    setNotice(null);
    api('syncNow', {})
      .then((r) => {
        setNotice(r.started ? text.syncStarted : text.syncNotStarted);
        refresh();
      })
      .catch((f: unknown) => setFailure(failureMessage(f)));
  };

  return (
    <div className="page sync-page">
      <header className="page-header">
        <h1>{text.title}</h1>
        <AppNav />
        <ClerkBar />
      </header>
      <div className="alert" role="alert" data-testid="sync-error">
        {error ?? failure}
      </div>
      {!status ? (
        <p>{text.loading}</p>
      ) : (
        <main className="sync-main">
          <section className="sync-section" aria-labelledby="sync-state-title">
            <h2 id="sync-state-title">{status.inSync ? text.inSync : text.notInSync}</h2>
            <dl className="sync-facts">
              <dt>{text.state}</dt>
              <dd data-testid="sync-state">{syncStateText[status.state]}</dd>
              {status.city && (
                <>
                  <dt>{text.ward}</dt>
                  <dd>
                    {status.city.ward.name} ({status.city.ward.code})
                  </dd>
                  <dt>{text.slot}</dt>
                  <dd>{status.city.slot}</dd>
                  <dt>{text.cityUrl}</dt>
                  <dd>{status.city.url}</dd>
                </>
              )}
              <dt>{text.pending}</dt>
              <dd data-testid="sync-pending">
                {status.pending.total}
                {status.pending.byEntity.length > 0 &&
                  ` (${status.pending.byEntity.map((e) => `${entityText[e.entity] ?? e.entity}: ${e.count}`).join(', ')})`}
              </dd>
              {status.progress && (
                <>
                  <dt />
                  <dd>
                    <progress max={status.progress.total} value={status.progress.sent} />{' '}
                    {text.progress(status.progress.sent, status.progress.total)}
                  </dd>
                </>
              )}
              <dt>{text.oldestPending}</dt>
              <dd>{age(status.pending.oldestAgeSeconds)}</dd>
              {/* What the city acknowledged, batch by batch: on a bad link runs fail while rows still get through. */}
              <dt>{text.acknowledgedToday}</dt>
              <dd data-testid="sync-acknowledged-today">{text.acknowledgedCount(status.acknowledged.today)}</dd>
              <dt>{text.lastAcknowledged}</dt>
              <dd data-testid="sync-last-acknowledged">{when(status.acknowledged.lastAt)}</dd>
              <dt>{text.lastSuccess}</dt>
              <dd data-testid="sync-last-success">{when(status.lastSuccessAt)}</dd>
              {status.lastError && (
                <>
                  <dt>{text.lastError}</dt>
                  <dd className="sync-error-text" data-testid="sync-last-error">
                    {status.lastError.message} ({when(status.lastError.at)})
                  </dd>
                </>
              )}
              {status.nextAttemptAt && (
                <>
                  <dt>{text.nextAttempt}</dt>
                  <dd>{when(status.nextAttemptAt)}</dd>
                </>
              )}
              {status.clockOffsetMs !== null && (
                <>
                  <dt>{text.clockOffset}</dt>
                  <dd className={status.clockWarning ? 'sync-error-text' : undefined}>
                    {text.clockSeconds(Math.round(status.clockOffsetMs / 1000))}
                  </dd>
                </>
              )}
            </dl>
            <button type="button" className="primary" onClick={syncNow} disabled={!status.city} data-testid="sync-now">
              {text.syncNow}
            </button>
            <div className="notice" role="status">
              {notice}
            </div>
          </section>

          <section className="sync-section" aria-labelledby="sync-rejected-title">
            <h2 id="sync-rejected-title">{text.rejected}</h2>
            {rejected.length === 0 ? (
              <p>{text.noRejected}</p>
            ) : (
              <>
                <p>{text.rejectedHint}</p>
                <table className="sync-table" data-testid="sync-rejected">
                  <thead>
                    <tr>
                      <th scope="col">{text.rejectedKind}</th>
                      <th scope="col">{text.rejectedWhen}</th>
                      <th scope="col">{text.rejectedWhy}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rejected.map((r) => (
                      <tr key={r.seq}>
                        <td>{entityText[r.entity] ?? r.entity}</td>
                        <td>{when(r.wallTime)}</td>
                        <td>{r.message ?? r.code}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
          </section>

          <section className="sync-section" aria-labelledby="sync-runs-title">
            <h2 id="sync-runs-title">{text.runs}</h2>
            {runs.length === 0 ? (
              <p>{text.noRuns}</p>
            ) : (
              <table className="sync-table" data-testid="sync-runs">
                <thead>
                  <tr>
                    <th scope="col">{text.runStart}</th>
                    <th scope="col">{text.runEnd}</th>
                    <th scope="col">{text.runTrigger}</th>
                    <th scope="col">{text.runPushed}</th>
                    <th scope="col">{text.runPulled}</th>
                    <th scope="col">{text.runResult}</th>
                    <th scope="col">{text.runError}</th>
                  </tr>
                </thead>
                <tbody>
                  {runs.map((r) => (
                    <tr key={r.id} className={r.result === 'ok' ? undefined : 'sync-run-failed'}>
                      <td>{when(r.startedAt)}</td>
                      <td>{r.endedAt ? when(r.endedAt) : ''}</td>
                      <td>{syncTriggerText[r.trigger] ?? r.trigger}</td>
                      <td>{r.pushed}</td>
                      <td>{r.pulled}</td>
                      <td>{syncRunResultText[r.result]}</td>
                      <td>{r.errorMessage}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>

          <SyncLogReportSection />

          <EnrolForm status={status} onStarted={refresh} />
        </main>
      )}
    </div>
  );
}
