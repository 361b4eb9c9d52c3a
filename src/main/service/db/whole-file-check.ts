import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { HealthMonitor } from '../health/health-monitor';
import type { ServiceLog } from '../logging/service-log';
import type { StartCheck } from './open-database';

// The whole-file check of the database, when the start checked only part of it. It runs in a worker
// thread on a read-only connection of its own: PRAGMA quick_check is one synchronous call of seconds
// on a large file, and on the service's thread it would stop every request meanwhile. WAL lets the
// counters write while it reads.

/** Plain JavaScript: the worker runs without the TypeScript loader of tests and scripts. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  const problems = db.pragma('quick_check').map((row) => row.quick_check);
  parentPort.postMessage({ result: problems.join('; ') });
} catch (error) {
  const code = error && error.code;
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') parentPort.postMessage({ result: code });
  else parentPort.postMessage({ failed: String((error && error.message) || error) });
} finally {
  if (db) db.close();
}
`;

export interface WholeFileCheckSummary {
  /** What the start checked before the API opened. */
  atStart: StartCheck;
  /** 'ok', what is wrong, or null while the background check has not finished (or was not needed). */
  result: string | null;
  finishedAt: string | null;
}

/**
 * Tracks whether the whole file passed its check during this run: the start's own check, or the one it
 * leaves to the background. A clean stop may say so in its note only then (see clean-shutdown.ts).
 */
export class WholeFileCheck {
  private worker: Worker | null = null;
  private result: string | null;
  private finishedAt: Date | null;

  constructor(
    private readonly file: string,
    readonly atStart: StartCheck,
    private readonly reporting: { health: HealthMonitor; log: ServiceLog; now: () => Date },
  ) {
    this.result = atStart === 'full' ? 'ok' : null;
    this.finishedAt = atStart === 'full' ? reporting.now() : null;
  }

  /** When the whole file passed its check in this run, else null. */
  get verifiedAt(): Date | null {
    return this.result === 'ok' ? this.finishedAt : null;
  }

  summary(): WholeFileCheckSummary {
    return { atStart: this.atStart, result: this.result, finishedAt: this.finishedAt?.toISOString() ?? null };
  }

  /** Starts the background check when the start left one to do; settles with its result ('ok' or the problems). */
  runInBackground(): Promise<string | null> {
    if (this.atStart === 'full' || this.worker) return Promise.resolve(this.result);
    const { health, log, now } = this.reporting;
    const started = Date.now();
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { driver: createRequire(import.meta.url).resolve('better-sqlite3'), file: this.file },
    });
    // A check still running at a clean stop must not hold the process open.
    worker.unref();
    this.worker = worker;
    return new Promise((resolve) => {
      worker.once('message', (message: { result?: string; failed?: string }) => {
        this.worker = null;
        if (message.result === undefined) {
          log.warn('database.check_failed', { reason: message.failed });
          resolve(null);
          return;
        }
        this.result = message.result;
        this.finishedAt = now();
        if (message.result === 'ok') log.info('database.checked', { whole: true, ms: Date.now() - started });
        else {
          log.error('database.damaged', { found: 'background check', detail: message.result });
          health.report('database_damaged', now());
        }
        resolve(this.result);
      });
      worker.once('error', (error) => {
        this.worker = null;
        log.warn('database.check_failed', { reason: error.message });
        resolve(null);
      });
    });
  }

  stop(): void {
    void this.worker?.terminate();
    this.worker = null;
  }
}
