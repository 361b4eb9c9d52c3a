import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
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
}

export function openDatabase(dataDir: string, now: () => Date = () => new Date(), hooks: OpenHooks = {}): Db {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DATABASE_FILE);
  const db = new Database(file);
  try {
    db.pragma('busy_timeout = 5000');
    // Checked before any other pragma: switching to WAL alone rewrites the file header of a database we must not touch.
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION) throw new DatabaseTooNewError(version);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // A damaged page found now is a clear refusal; found mid-day it would be a failed ticket.
    const check = db.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') throw new DatabaseDamagedError(file, check);
    migrate(db, version, now, hooks);
    return db;
  } catch (error) {
    db.close();
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') throw new DatabaseDamagedError(file, code);
    throw error;
  }
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
