import type { Migration } from './migration';

// The ward's side of city sync: what the city answered for each outbox row, where pulling stopped, the
// log of every sync attempt, and the city's data that has no home table of its own yet.

export const sync: Migration = {
  version: 5,
  up(db) {
    db.exec(`
      -- The city's answer for the row: the clerk sees why a rejected change did not count.
      ALTER TABLE outbox ADD COLUMN result_code TEXT;
      ALTER TABLE outbox ADD COLUMN result_message TEXT;
      ALTER TABLE outbox ADD COLUMN synced_at TEXT;
      CREATE INDEX outbox_entity_pending ON outbox (entity, entity_id) WHERE status = 'pending';
      CREATE INDEX outbox_rejected ON outbox (seq) WHERE status = 'rejected';

      -- City time minus this PC's clock, once a city answer was seen: caps how far ahead of the city a
      -- local clock stamp may run, so a PC set a day ahead cannot stamp its changes a day ahead.
      ALTER TABLE sync_state ADD COLUMN server_offset_ms INTEGER;

      CREATE TABLE sync_pull_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        -- The last city change applied; stored in the same transaction as the rows it brought.
        cursor INTEGER NOT NULL DEFAULT 0,
        -- A re-snapshot in progress: the next page token and the cursor to pull from once it ends.
        snapshot_page TEXT,
        snapshot_cursor INTEGER,
        snapshot_active INTEGER NOT NULL DEFAULT 0 CHECK (snapshot_active IN (0, 1)),
        last_seq_for_this_device INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      INSERT INTO sync_pull_state (id) VALUES (1);

      CREATE TABLE sync_runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        trigger TEXT NOT NULL,
        pushed INTEGER NOT NULL DEFAULT 0,
        pulled INTEGER NOT NULL DEFAULT 0,
        result TEXT NOT NULL DEFAULT 'running' CHECK (result IN ('running','ok','failed','stopped')),
        error_code TEXT,
        error_message TEXT
      ) STRICT;
      CREATE INDEX sync_runs_ok ON sync_runs (id) WHERE result = 'ok';

      -- City-owned reference data (procedures, calendar years, ward settings) as the city sent it.
      CREATE TABLE city_reference (
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        v INTEGER NOT NULL,
        received_at TEXT NOT NULL,
        PRIMARY KEY (entity, entity_id)
      ) STRICT;

      -- Status of dossiers this ward received, posted by the processing systems; for the dossier intake.
      CREATE TABLE city_dossier_status (
        dossier_id TEXT PRIMARY KEY,
        dossier_code TEXT NOT NULL,
        status TEXT NOT NULL,
        at TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        v INTEGER NOT NULL,
        received_at TEXT NOT NULL
      ) STRICT;

      -- The city's state of an entity this PC could not take yet: it still has changes of its own on the
      -- way (kept local until they are answered) or it names services or counters this PC does not have.
      CREATE TABLE sync_shadow (
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        v INTEGER NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('pending_local','unresolved')),
        received_at TEXT NOT NULL,
        PRIMARY KEY (entity, entity_id)
      ) STRICT;
    `);
  },
};
