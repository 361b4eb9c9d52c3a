import type { SyncLogReport } from '../../shared/api/sync';
import { entityText, syncLogText as text, syncPageText, syncRunResultText, syncTriggerText } from '../../shared/i18n/vi/sync';
import { formatDateTime, formatDay } from '../../shared/time/format';

// The sync log for IT on A4: an internal paper, so no national motto, only the ward and the days.

const when = (instant: string | null): string => (instant ? formatDateTime(instant) : '');

export function SyncLogSheet({ report }: { report: SyncLogReport }) {
  return (
    <section className="copy sync-log">
      <div className="unit-name">{report.wardName}</div>
      <div className="title-text">
        <h1>{text.title}</h1>
        <p>{text.range(formatDay(report.from), formatDay(report.to))}</p>
        <p className="note">{text.generatedAt(formatDateTime(report.generatedAt))}</p>
      </div>
      <h2>{text.totalsHeading}</h2>
      <p data-testid="totals">{text.totals(report.totals)}</p>

      <h2>{text.pendingHeading}</h2>
      {report.pending.total === 0 ? (
        <p>{text.noPending}</p>
      ) : (
        <>
          <p>{text.pendingSince(report.pending.total, when(report.pending.oldestAt))}</p>
          <table className="documents" data-testid="pending">
            <thead>
              <tr>
                <th>{text.kindColumn}</th>
                <th>{text.pendingCountColumn}</th>
                <th>{text.sinceColumn}</th>
              </tr>
            </thead>
            <tbody>
              {report.pending.byEntity.map((p) => (
                <tr key={p.entity}>
                  <td>{entityText[p.entity] ?? p.entity}</td>
                  <td>{p.count}</td>
                  <td>{when(p.oldestAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <h2>{text.failuresHeading}</h2>
      {report.failures.length === 0 ? (
        <p>{text.noFailures}</p>
      ) : (
        <table className="documents" data-testid="failures">
          <thead>
            <tr>
              <th>{text.reasonColumn}</th>
              <th>{text.countColumn}</th>
              <th>{text.firstColumn}</th>
              <th>{text.lastColumn}</th>
            </tr>
          </thead>
          <tbody>
            {report.failures.map((f) => (
              <tr key={f.reason}>
                <td>{f.reason}</td>
                <td>{f.count}</td>
                <td>{when(f.firstAt)}</td>
                <td>{when(f.lastAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{text.runsHeading}</h2>
      {report.runsNotListed > 0 && <p className="note">{text.runsNotListed(report.runsNotListed)}</p>}
      {report.runs.length === 0 ? (
        <p>{text.noRuns}</p>
      ) : (
        <table className="documents sync-log-runs" data-testid="runs">
          <thead>
            <tr>
              {[
                syncPageText.runStart,
                syncPageText.runEnd,
                syncPageText.runTrigger,
                syncPageText.runPushed,
                syncPageText.runPulled,
                syncPageText.runResult,
                text.reasonColumn,
              ].map((column) => (
                <th key={column}>{column}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.runs.map((r) => (
              <tr key={r.id}>
                <td>{when(r.startedAt)}</td>
                <td>{when(r.endedAt)}</td>
                <td>{syncTriggerText[r.trigger] ?? r.trigger}</td>
                <td>{r.pushed}</td>
                <td>{r.pulled}</td>
                <td>{syncRunResultText[r.result]}</td>
                <td>{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
