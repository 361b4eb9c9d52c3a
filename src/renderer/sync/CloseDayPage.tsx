import { useState } from 'react';
import type { DaySummary } from '../../shared/api/sync';
import { closeDayText as text } from '../../shared/i18n/vi/sync';
import { localDay } from '../../shared/time/local-time';
import { api } from '../api/client';
import { ClerkBar } from '../accounts/ClerkBar';
import { AppNav } from '../components/AppNav';
import { RegisterSection } from '../register/RegisterSection';
import { failureMessage } from '../state/failure';
import { when } from './format';
import { formatDay, formatDayLong } from '../../shared/time/format';
import './sync.css';
import { DateInput } from '../components/DateInput';

/** How long "Chốt ngày" waits for its sync before it shows the figures anyway, with what is still pending. */
const SYNC_WAIT_MS = 30_000;
const POLL_MS = 500;

async function syncBeforeClosing(): Promise<boolean> {
  const { started } = await api('syncNow', { reason: 'close_day' });
  if (!started) return false;
  const until = Date.now() + SYNC_WAIT_MS;
  while (Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const status = await api('getSyncStatus', {});
    if (status.state !== 'running') return status.inSync;
  }
  return false;
}

function duration(seconds: number | null): string {
  return seconds === null ? text.none : text.minutesSeconds(seconds);
}

/**
 * /close-day: sync first, then the day's figures, printable (PDF through the print dialog) and as CSV;
 * below them the register of dossiers (Mẫu 07) for any range of days.
 */
export function CloseDayPage() {
  const [day, setDay] = useState(() => localDay(new Date()));
  const [summary, setSummary] = useState<DaySummary | null>(null);
  const [phase, setPhase] = useState<'idle' | 'syncing' | 'done'>('idle');
  const [synced, setSynced] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const close = (): void => {
    setError(null);
    setPhase('syncing');
    syncBeforeClosing()
      .catch(() => false)
      .then(async (ok) => {
        setSynced(ok);
        setSummary(await api('getDaySummary', { day }));
      })
      .catch((failure: unknown) => setError(failureMessage(failure)))
      .finally(() => setPhase('done'));
  };

  const download = (): void => {
    if (!summary) return;
    // A byte-order mark so spreadsheet programs read the Vietnamese as UTF-8.
    const blob = new Blob(['\uFEFF', summary.csv], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `chot-ngay-${summary.day}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  return (
    <div className="page close-day-page">
      <header className="page-header no-print">
        <h1>{text.title}</h1>
        <AppNav />
        <ClerkBar />
      </header>
      <form
        className="close-day-form no-print"
        onSubmit={(e) => {
          e.preventDefault();
          close();
        }}
      >
        <label>
          {text.day}
          <DateInput value={day} required onChange={setDay} data-testid="close-day-date" />
        </label>
        <button type="submit" className="primary" disabled={phase === 'syncing'} data-testid="close-day">
          {text.closeDay}
        </button>
      </form>
      <div className="alert" role="alert">
        {error}
      </div>
      <div className="notice no-print" role="status" data-testid="close-day-status">
        {phase === 'syncing' ? text.syncing : phase === 'done' && summary ? (synced ? text.syncDone : text.syncNotDone) : null}
      </div>
      {summary && (
        <article className="day-summary" data-testid="day-summary">
          <p className="report-ward" data-testid="summary-ward">
            {summary.wardName}
          </p>
          <h2>
            {text.reportTitle} {formatDay(summary.day)}
          </h2>
          <p className="report-day print-only">{formatDayLong(summary.day)}</p>
          {(summary.tickets.stillWaiting > 0 || summary.dossiersPending > 0) && (
            <p className="alert still-open" role="alert" data-testid="summary-still-open">
              {text.stillOpen(summary.tickets.stillWaiting, summary.dossiersPending)}
            </p>
          )}
          <h3>{text.ticketsHeading}</h3>
          <dl className="sync-facts">
            <dt>{text.issued}</dt>
            <dd data-testid="summary-issued">{summary.tickets.issued}</dd>
            <dt>{text.served}</dt>
            <dd data-testid="summary-served">{summary.tickets.served}</dd>
            <dt>{text.noShow}</dt>
            <dd>{summary.tickets.noShow}</dd>
            <dt>{text.cancelled}</dt>
            <dd>{summary.tickets.cancelled}</dd>
            <dt>{text.stillWaiting}</dt>
            <dd>{summary.tickets.stillWaiting}</dd>
            <dt>{text.averageWait}</dt>
            <dd>{duration(summary.tickets.averageWaitSeconds)}</dd>
            <dt>{text.averageService}</dt>
            <dd>{duration(summary.tickets.averageServiceSeconds)}</dd>
          </dl>
          <Breakdown summary={summary} />
          <h3>{text.clerksHeading}</h3>
          {summary.clerks.length === 0 ? (
            <p>{text.clerksNone}</p>
          ) : (
            <table className="clerk-figures" data-testid="summary-clerks">
              <thead>
                <tr>
                  <th scope="col">{text.clerkColumn}</th>
                  <th scope="col">{text.clerkServedColumn}</th>
                  <th scope="col">{text.clerkServiceColumn}</th>
                </tr>
              </thead>
              <tbody>
                {summary.clerks.map((c) => (
                  <tr key={c.clerkId ?? 'none'}>
                    <td>{c.fullName ?? text.noClerk}</td>
                    <td>{c.served}</td>
                    <td>{duration(c.averageServiceSeconds)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h3>{text.dossiersHeading}</h3>
          <dl className="sync-facts" data-testid="close-day-dossiers">
            <dt>{text.received}</dt>
            <dd>{summary.dossiers.received}</dd>
            {summary.dossiers.byField.map((f) => (
              <div key={f.field}>
                <dt>
                  {text.byField}: {f.field}
                </dt>
                <dd>{f.count}</dd>
              </div>
            ))}
            <dt>{text.returned}</dt>
            <dd>{summary.dossiers.returned}</dd>
            <dt>{text.overdue}</dt>
            <dd>{summary.dossiers.overdue}</dd>
            <dt>{text.pendingDossiers}</dt>
            <dd>{summary.dossiersPending}</dd>
          </dl>
          <h3>{text.syncHeading}</h3>
          <dl className="sync-facts">
            <dt>{text.pendingSync}</dt>
            <dd data-testid="summary-pending">{summary.pendingSync}</dd>
            <dt>{text.lastSuccess}</dt>
            <dd>{when(summary.lastSuccessAt)}</dd>
            <dt>{text.generatedAt}</dt>
            <dd>{when(summary.generatedAt)}</dd>
          </dl>
          <div className="signatures print-only">
            {[text.preparedBy, text.headOfUnit].map((role) => (
              <div key={role} className="signature">
                <strong>{role}</strong>
                <span>{text.signHint}</span>
              </div>
            ))}
          </div>
          <div className="close-day-actions no-print">
            <button type="button" onClick={() => window.print()} data-testid="close-day-print">
              {text.print}
            </button>
            <button type="button" onClick={download} data-testid="close-day-csv">
              {text.exportCsv}
            </button>
          </div>
        </article>
      )}
      <RegisterSection />
    </div>
  );
}

/** The day by service asked for and by counter that called: what the head compares from one day to the next. */
function Breakdown({ summary }: { summary: DaySummary }) {
  if (summary.byService.length === 0) return <p>{text.breakdownNone}</p>;
  return (
    <>
      <h3>{text.byServiceHeading}</h3>
      <FigureTable
        testId="summary-by-service"
        columns={[text.serviceColumn, text.issuedColumn]}
        rows={summary.byService.map((s) => ({ ...s, key: s.serviceId, count: s.issued }))}
      />
      <h3>{text.byCounterHeading}</h3>
      <FigureTable
        testId="summary-by-counter"
        columns={[text.counterColumn, text.calledColumn]}
        rows={summary.byCounter.map((c) => ({ ...c, key: c.counterId, count: c.called }))}
      />
    </>
  );
}

interface FigureRow {
  key: string;
  name: string;
  /** Issued for a service, called for a counter. */
  count: number;
  served: number;
  noShow: number;
  averageWaitSeconds: number | null;
}

/** One breakdown table: the name and its first count differ between services and counters, the rest is shared. */
function FigureTable({ testId, columns, rows }: { testId: string; columns: [string, string]; rows: FigureRow[] }) {
  return (
    <table className="clerk-figures" data-testid={testId}>
      <thead>
        <tr>
          {[...columns, text.servedColumn, text.noShowColumn, text.waitColumn].map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <td>{r.name}</td>
            <td>{r.count}</td>
            <td>{r.served}</td>
            <td>{r.noShow}</td>
            <td>{duration(r.averageWaitSeconds)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
