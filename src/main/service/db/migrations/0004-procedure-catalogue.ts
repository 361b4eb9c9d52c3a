import type { Migration } from './migration';

// The procedure catalogue, one row per procedure. The validated procedure is kept whole as JSON (its
// facts with their confidence and source are read and written together); the columns beside it are
// what the catalogue is looked up, kept unique and ordered by. The seed arrives at the next start,
// through the write path, so that sync sees it like any other change.

export const procedureCatalogue: Migration = {
  version: 4,
  up(db) {
    db.exec(`
      CREATE TABLE procedures (
        id TEXT PRIMARY KEY,
        -- Null while no one has found the code; several procedures may lack one.
        national_code TEXT UNIQUE,
        field TEXT NOT NULL,
        name TEXT NOT NULL,
        -- Code, name and field folded (lower case, no diacritics, d-stroke as d) for search without accents.
        search_text TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        effective_from TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        -- Catalogue order: a rowid may be renumbered by VACUUM, this may not.
        position INTEGER NOT NULL UNIQUE
      ) STRICT;
      CREATE INDEX procedures_field ON procedures (field, position);
    `);
  },
};
