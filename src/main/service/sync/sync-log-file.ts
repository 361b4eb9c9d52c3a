import type { FileDownload } from '../../../shared/api/method';
import type { SYNC_LOG_FORMATS, SyncLogReport, SyncLogRun } from '../../../shared/api/sync';
import { entityText, syncLogText as text, syncRunResultText, syncTriggerText } from '../../../shared/i18n/vi/sync';
import { formatDateTimeSeconds } from '../../../shared/time/format';
import { tableCsv, tableFile, type Table } from '../export-files/table-file';

// The sync log as one table for a spreadsheet: a line per run (all of them, not only the printed
// ones), then a line per failure reason, then a line per kind of change still pending.

const at = (instant: string | null): string => (instant ? formatDateTimeSeconds(instant) : '');

export function syncLogTable(report: SyncLogReport, allRuns: readonly SyncLogRun[]): Table {
  const runs = allRuns.map((r) => [
    text.fileRun,
    at(r.startedAt),
    at(r.endedAt),
    syncTriggerText[r.trigger] ?? r.trigger,
    syncRunResultText[r.result],
    String(r.pushed),
    String(r.pulled),
    '',
    r.reason ?? '',
  ]);
  const failures = report.failures.map((f) => [text.fileFailure, at(f.firstAt), at(f.lastAt), '', '', '', '', String(f.count), f.reason]);
  const pending = report.pending.byEntity.map((p) => [
    text.filePending,
    at(p.oldestAt),
    '',
    entityText[p.entity] ?? p.entity,
    '',
    '',
    '',
    String(p.count),
    '',
  ]);
  return { columns: text.fileColumns, rows: [...runs, ...failures, ...pending] };
}

export function syncLogFile(
  report: SyncLogReport,
  allRuns: readonly SyncLogRun[],
  format: (typeof SYNC_LOG_FORMATS)[number],
): Promise<FileDownload> {
  return tableFile(syncLogTable(report, allRuns), format, text.fileName(report.from, report.to, format), text.sheetName);
}

/** The CSV text alone, for the diagnostic bundle. */
export function syncLogCsv(report: SyncLogReport, allRuns: readonly SyncLogRun[]): string {
  return tableCsv(syncLogTable(report, allRuns));
}
