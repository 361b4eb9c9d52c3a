import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { takeCleanShutdown } from './clean-shutdown';
import { LATEST_SCHEMA_VERSION, migrations } from './migrations';

export type Db = Database.Database;

export class DatabaseTooNewError extends Error {
  constructor(found: number) {
    super(
      `The database has schema version ${found}, newer than this app understands (${LATEST_SCHEMA_VERSION}). ` +
        'Install the newer app version; the database was not changed.',
    );
  }
}

export class DatabaseDamagedError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
    /** What to do instead, when the caller knows the backups; the generic advice otherwise. */
    advice = 'Restore the latest backup, or move the file aside to start empty, then start again.',
  ) {
    super(`The database ${file} is damaged (${detail}). It was not changed. ${advice}`);
  }
}

export const DATABASE_FILE = 'motcua.sqlite';

/**
 * Opens (creating on first run) the install's database with the durability settings the sync
 * protocol relies on: with synchronous=NORMAL a commit acknowledged before a power cut can vanish,
 * and a vanished outbox row would let its sequence number be reused.
 */
export interface OpenHooks {
  /** Called before a schema change of a database that already holds data (a backup is taken there). */
  beforeMigration?: (db: Db, from: number, to: number) => void;
  /** Up to this size the whole file is checked at every start; tests lower it to reach the partial check. */
  fullCheckUpToBytes?: number;
}

/**
 * What was checked before the database was handed out: the whole file, or (after a clean stop that left
 * the file verified) the set-up and state tables only, the history tables being left to a background check.
 */
export type StartCheck = 'full' | 'partial';

/** A file this small is checked whole in well under a second on an office PC: no reason to trust a note. */
const FULL_CHECK_UP_TO_BYTES = 64 * 1024 * 1024;

/**
 * The tables that grow with the ward's history, by the million after a few years: at 1 M dossiers the
 * check of `dossiers` alone takes seconds. Every other table (settings, counters, catalogue, accounts,
 * outbox, sync state: what the first ticket and the first sync read) is small and checked at every start.
 */
const HISTORY_TABLES = new Set([
  'tickets',
  'ticket_events',
  'dossiers',
  'dossier_events',
  'dossier_codes',
  'audit_log',
  'client_requests',
  'sync_runs',
]);

function isHistoryTable(name: string): boolean {
  return HISTORY_TABLES.has(name) || name.startsWith('dossier_search_');
}

export function openDatabase(dataDir: string, now: () => Date = () => new Date(), hooks: OpenHooks = {}): { db: Db; check: StartCheck } {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DATABASE_FILE);
  const clean = takeCleanShutdown(file);
  const big = fs.existsSync(file) && fs.statSync(file).size > (hooks.fullCheckUpToBytes ?? FULL_CHECK_UP_TO_BYTES);
  const db = new Database(file);
  try {
    db.pragma('busy_timeout = 5000');
    // Checked before any other pragma: switching to WAL alone rewrites the file header of a database we must not touch.
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION) throw new DatabaseTooNewError(version);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // A damaged page found now is a clear refusal; found mid-day it would be a failed ticket. A crash
    // or a power cut can leave one anywhere, and a migration rewrites tables: then the whole file.
    const check: StartCheck = clean && big && version === LATEST_SCHEMA_VERSION ? 'partial' : 'full';
    const problems = check === 'full' ? quickCheck(db) : quickCheckOfStateTables(db);
    if (problems !== 'ok') throw new DatabaseDamagedError(file, problems);
    migrate(db, version, now, hooks);
    return { db, check };
  } catch (error) {
    db.close();
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') throw new DatabaseDamagedError(file, code);
    throw error;
  }
}

function quickCheck(db: Db, table?: string): string {
  return db.pragma(table === undefined ? 'quick_check' : `quick_check("${table.replace(/"/g, '""')}")`, { simple: true }) as string;
}

function quickCheckOfStateTables(db: Db): string {
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name`)
    .pluck()
    .all() as string[];
  for (const table of ['sqlite_schema', ...tables.filter((t) => !isHistoryTable(t))]) {
    const problems = quickCheck(db, table);
    if (problems !== 'ok') return problems;
  }
  return 'ok';
}

function migrate(db: Db, current: number, now: () => Date, hooks: OpenHooks): void {
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return;
  if (current > 0) hooks.beforeMigration?.(db, current, LATEST_SCHEMA_VERSION);
  db.transaction(() => {
    for (const m of pending) {
      m.up(db, { now: now() });
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
}

/**
 * A second connection that cannot write: modules read through it, so only the write path, which holds
 * the writable connection, can change data (and always with its outbox entry).
 */
export function openReadHandle(dataDir: string): Db {
  const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}
