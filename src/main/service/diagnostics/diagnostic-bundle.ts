import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FileDownload } from '../../../shared/api/method';
import type { SyncLogReport, SyncLogRun, SyncStatus } from '../../../shared/api/sync';
import { localDay } from '../../../shared/time/local-time';
import type { Backups } from '../backup/backups';
import type { SettingsStore } from '../config/settings-store';
import type { Db } from '../db/open-database';
import type { WholeFileCheckSummary } from '../db/whole-file-check';
import type { ServiceLog } from '../logging/service-log';
import { syncLogCsv } from '../sync/sync-log-file';

/** The sync log the bundle carries: today and the six days before it, Hà Nội time. */
export const DIAGNOSTIC_SYNC_LOG_DAYS = 7;

export interface DiagnosticSources {
  readDb: Db;
  settings: SettingsStore;
  backups: Backups;
  log: ServiceLog;
  syncStatus: () => SyncStatus;
  syncLog: (range: { from: string; to: string }) => { report: SyncLogReport; allRuns: SyncLogRun[] };
  appVersion: string;
  dataDir: string;
  /** What the start checked, and what the background check of the whole file found. */
  wholeFileCheck: WholeFileCheckSummary;
  now: () => Date;
}

/**
 * What IT needs to tell what went wrong, and nothing that would make the zip personal data: the logs are
 * already redacted, the configuration is the ward's set-up without tokens or secrets, and no database
 * rows go in.
 */
export async function diagnosticBundle(sources: DiagnosticSources): Promise<FileDownload> {
  const { readDb, backups } = sources;
  // Loaded when IT asks for a bundle, not at every start of the service.
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  for (const file of sources.log.logFiles()) zip.file(`logs/${path.basename(file)}`, fs.readFileSync(file));
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  zip.file(
    'versions.json',
    json({
      app: sources.appVersion,
      schema: unlessDamaged(() => readDb.pragma('user_version', { simple: true })),
      sqlite: (readDb.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v,
      node: process.versions.node,
      platform: `${process.platform} ${os.release()} ${process.arch}`,
    }),
  );
  zip.file(
    'config.json',
    json({
      settings: unlessDamaged(() => sources.settings.get()),
      dataFolder: withoutHome(sources.dataDir),
      backups: { folder: withoutHome(backups.settings.dir), keepDays: backups.settings.keepDays },
      logs: { folder: withoutHome(sources.log.dir) },
    }),
  );
  const integrity = unlessDamaged(() =>
    (readDb.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('\n'),
  );
  zip.file('integrity-check.txt', `${integrity}\n`);
  zip.file('start-check.json', json(sources.wholeFileCheck));
  zip.file('sync-status.json', json(unlessDamaged(sources.syncStatus)));
  const now = sources.now();
  const range = { from: localDay(now.getTime() - (DIAGNOSTIC_SYNC_LOG_DAYS - 1) * 86_400_000), to: localDay(now) };
  const syncLog = unlessDamaged(() => {
    const { report, allRuns } = sources.syncLog(range);
    return syncLogCsv(report, allRuns);
  });
  zip.file(`sync-log-last-${DIAGNOSTIC_SYNC_LOG_DAYS}-days.csv`, syncLog);
  zip.file('backups.json', json(backups.list().map((b) => ({ fileName: b.fileName, takenAt: b.takenAt.toISOString(), bytes: b.bytes }))));
  const body = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, '');
  return { fileName: `motcua-chan-doan-${stamp}.zip`, contentType: 'application/zip', body };
}

/**
 * A file too damaged to read is itself the finding IT needs the bundle for: each part read from the
 * database says so in place of its content, and the logs, checks and backups still go in.
 */
function unlessDamaged<T>(read: () => T): T | string {
  try {
    return read();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return `${code}: ${(error as Error).message}`;
    throw error;
  }
}

/** The user's home folder carries the Windows account name, often a person's name. */
function withoutHome(folder: string): string {
  const home = os.homedir();
  return folder.startsWith(home) ? `~${folder.slice(home.length)}` : folder;
}
