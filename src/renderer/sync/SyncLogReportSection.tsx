import { useState } from 'react';
import { syncMethods, SYNC_LOG_MAX_DAYS, type SYNC_LOG_FORMATS, type SyncLogReport } from '../../shared/api/sync';
import { syncLogText as text } from '../../shared/i18n/vi/sync';
import { useClerkSession } from '../accounts/clerk-session';
import { api, downloadFile } from '../api/client';
import { saveDownload } from '../api/save-download';
import { DayRangeFields, RangeActionOutcome } from '../components/DayRangeFields';
import { useDayRangeAction } from '../components/use-day-range-action';
import { DocumentPreview } from '../printing/DocumentPreview';
import { printSyncLog } from '../slips/print-slip';
import { syncLogDocumentHtml } from '../slips/slip-document';

/** An A4 sheet stands upright: the preview is as wide as the page. */
const A4_WIDTH_MM = 210;

/** The sync log of a range of days for IT: shown as it prints, printed or saved as PDF, or downloaded. */
export function SyncLogReportSection() {
  // A counter clerk reads the log on the page above; the report is for the head and IT.
  const mayRead = useClerkSession((s) => s.session !== null && (syncMethods.getSyncLogReport.clerks ?? []).includes(s.session.clerk.role));
  const { from, setFrom, to, setTo, busy, error, status, run } = useDayRangeAction(
    SYNC_LOG_MAX_DAYS,
    { reversed: text.reversed, tooLong: text.tooLong(SYNC_LOG_MAX_DAYS) },
    (today) => today,
  );
  const [shown, setShown] = useState<{ report: SyncLogReport; html: string } | null>(null);

  const show = () =>
    run(async () => {
      const report = await api('getSyncLogReport', { from, to });
      setShown({ report, html: syncLogDocumentHtml(report) });
      return null;
    });

  const print = () =>
    run(async () => {
      if (!shown) return null;
      const outcome = await printSyncLog(shown.report);
      if (!outcome.ok) throw new Error(outcome.message);
      return text.printed;
    });

  const download = (format: (typeof SYNC_LOG_FORMATS)[number]) =>
    run(async () => {
      const { blob, fileName } = await downloadFile('exportSyncLog', { from, to, format });
      saveDownload(blob, fileName);
      return text.downloaded(fileName);
    });

  if (!mayRead) return null;
  return (
    <section className="sync-section" aria-labelledby="sync-log-title" data-testid="sync-log-report">
      <h2 id="sync-log-title">{text.heading}</h2>
      <p className="hint">{text.hint(SYNC_LOG_MAX_DAYS)}</p>
      <form
        className="close-day-form"
        onSubmit={(e) => {
          e.preventDefault();
          show();
        }}
      >
        <DayRangeFields from={from} to={to} setFrom={setFrom} setTo={setTo} labels={text} testIdPrefix="sync-log" />
        <button type="submit" className="primary" disabled={busy} data-testid="sync-log-show">
          {text.show}
        </button>
        <button type="button" disabled={busy || !shown} onClick={print} data-testid="sync-log-print">
          {text.print}
        </button>
        <button type="button" disabled={busy} onClick={() => download('csv')} data-testid="sync-log-csv">
          {text.csv}
        </button>
        <button type="button" disabled={busy} onClick={() => download('xlsx')} data-testid="sync-log-xlsx">
          {text.xlsx}
        </button>
      </form>
      <RangeActionOutcome error={error} status={status} />
      {shown && <DocumentPreview html={shown.html} widthMm={A4_WIDTH_MM} title={text.previewTitle} testId="sync-log-preview" />}
    </section>
  );
}
