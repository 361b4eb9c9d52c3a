import { randomBytes } from 'node:crypto';
import type { Migration } from './migration';

// Clerk accounts and the audit log of who did what (Law 91/2025/QH15 on personal data protection asks
// for a record of who processed a citizen's data).

export const accounts: Migration = {
  version: 6,
  up(db) {
    db.exec(`
      CREATE TABLE clerks (
        id TEXT PRIMARY KEY,
        username TEXT NOT NULL UNIQUE,
        full_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('clerk','head','admin')),
        active INTEGER NOT NULL CHECK (active IN (0, 1)),
        -- scrypt$N$r$p$salt$hash (src/main/service/accounts/secret-hash.ts); never synced, never logged.
        secret_hash TEXT NOT NULL,
        must_change_secret INTEGER NOT NULL DEFAULT 0 CHECK (must_change_secret IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE account_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        idle_lock_minutes INTEGER NOT NULL DEFAULT 10 CHECK (idle_lock_minutes BETWEEN 1 AND 120),
        -- Key of the HMAC that stands for a citizen's ID number in the audit log: "who viewed this
        -- citizen" can be answered without the log holding the number itself.
        audit_key TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        local_day TEXT NOT NULL,
        clerk_id TEXT,
        device_id TEXT,
        device_name TEXT NOT NULL,
        method TEXT NOT NULL,
        entity TEXT,
        entity_id TEXT,
        subject_hash TEXT,
        outcome TEXT NOT NULL CHECK (outcome IN ('ok','refused','read')),
        detail TEXT
      ) STRICT;
      CREATE INDEX audit_log_day ON audit_log (local_day, id);
      CREATE INDEX audit_log_clerk ON audit_log (clerk_id, id);
      CREATE INDEX audit_log_subject ON audit_log (subject_hash, id) WHERE subject_hash IS NOT NULL;
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `);
    db.prepare('INSERT INTO account_settings (id, audit_key) VALUES (1, ?)').run(randomBytes(32).toString('hex'));
  },
};
