import type { Migration } from './migration';

// Statuses the processing side posted at the city, applied to the ward's dossiers when pulled.
// - dossier_events.source: 'ward' (a clerk at the counter) or 'processing' (posted at the city).
// - dossier_conflicts: a posted status the lifecycle did not allow from where the dossier stood at the
//   ward (the counter moved it meanwhile). Kept for the clerk to see and settle, never dropped.
// - city_dossier_status.pending: 1 while a pulled history holds events this PC's dossier has not taken
//   yet; they are applied after the pull commits, one dossier per transaction, so a crash in between
//   leaves the flag set and the next sync run applies them.

export const dossierCitySteps: Migration = {
  version: 10,
  up(db) {
    db.exec(`
      ALTER TABLE dossier_events ADD COLUMN source TEXT NOT NULL DEFAULT 'ward' CHECK (source IN ('ward','processing'));

      CREATE TABLE dossier_conflicts (
        event_id TEXT PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossiers (id),
        status TEXT NOT NULL,
        at TEXT NOT NULL,
        note TEXT,
        ward_status TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX dossier_conflicts_dossier ON dossier_conflicts (dossier_id, at);

      ALTER TABLE city_dossier_status ADD COLUMN pending INTEGER NOT NULL DEFAULT 0 CHECK (pending IN (0, 1));
      CREATE INDEX city_dossier_status_pending ON city_dossier_status (dossier_id) WHERE pending = 1;
    `);
  },
};
