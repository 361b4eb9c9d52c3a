import type { Migration } from './migration';

// Words with days of reception search the stretch of reception order (search_seq) the days hold, found
// by two seeks on dossiers_received. That is exact as long as reception times grow with reception
// order; a dossier saved while a PC clock was set back breaks it, and finding such dossiers by
// scanning the range costs as much as the search (a year of a million dossiers: about 50 ms). They are
// listed here as they are saved, by a trigger no command can forget, so the search adds the few that
// fall in its days to the stretch.
// - dossiers_received_late: each dossier received (by its clock) before one saved earlier.

export const dossiersReceivedLate: Migration = {
  version: 13,
  up(db) {
    db.exec(`
      CREATE TABLE dossiers_received_late (
        search_seq INTEGER PRIMARY KEY,
        received_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX dossiers_received_late_at ON dossiers_received_late (received_at, search_seq);

      CREATE TRIGGER dossiers_received_late_insert AFTER INSERT ON dossiers
      WHEN NEW.received_at < (SELECT received_at FROM dossiers WHERE search_seq < NEW.search_seq ORDER BY received_at DESC LIMIT 1)
      BEGIN
        INSERT INTO dossiers_received_late (search_seq, received_at) VALUES (NEW.search_seq, NEW.received_at);
      END;

      INSERT INTO dossiers_received_late (search_seq, received_at)
        SELECT search_seq, received_at FROM (
          SELECT search_seq, received_at,
            max(received_at) OVER (ORDER BY search_seq ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS latest_before
          FROM dossiers
        ) WHERE received_at < latest_before;
    `);
  },
};
