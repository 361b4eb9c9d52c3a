import type { Migration } from './migration';

// The statutory holiday rules (each holiday's date rule, source and effective dates) as data the admin
// edits and the city publishes, so a new day off reaches derived years without a release. One row,
// stored whole as the validated JSON; no row means the rules shipped with the app.

export const statutoryRules: Migration = {
  version: 7,
  up(db) {
    db.exec(`
      CREATE TABLE statutory_rules (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        data TEXT NOT NULL CHECK (json_valid(data)),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
