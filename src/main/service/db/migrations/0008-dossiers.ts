import type { Migration } from './migration';

// Dossiers received at the counter, their lifecycle steps, and the answers to client requests.
// - dossiers: the citizen's data and the facts used at reception are kept as validated JSON (printed
//   and synced whole); the columns beside them are what the counter lists, searches and sorts by.
//   The code must be one the allocator issued (dossier_codes), so a dossier can never carry a code
//   the numbering did not hand out.
// - dossier_events: one row per step, reception included, with who, where, when and why.
// - client_requests: the first answer to each client-made request id. A retry after a lost reply finds
//   it in the same transaction that would otherwise create a second dossier, so it creates nothing.

export const dossiers: Migration = {
  version: 8,
  up(db) {
    db.exec(`
      CREATE TABLE dossiers (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE REFERENCES dossier_codes (code),
        status TEXT NOT NULL CHECK (status IN ('received','transferred','processing','supplement_requested','result_ready','returned','refused','stopped')),
        procedure_id TEXT NOT NULL,
        procedure_name TEXT NOT NULL,
        id_number TEXT NOT NULL,
        phone TEXT,
        full_name TEXT NOT NULL,
        -- The applicant's name folded (lower case, no diacritics, d-stroke as d): a name prefix typed
        -- without accents is a range scan of this index.
        name_folded TEXT NOT NULL,
        received_at TEXT NOT NULL,
        due_at TEXT NOT NULL,
        due_day TEXT NOT NULL,
        ticket_id TEXT REFERENCES tickets (id),
        clerk_id TEXT NOT NULL REFERENCES clerks (id),
        data TEXT NOT NULL CHECK (json_valid(data)),
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX dossiers_id_number ON dossiers (id_number);
      CREATE INDEX dossiers_phone ON dossiers (phone) WHERE phone IS NOT NULL;
      CREATE INDEX dossiers_name ON dossiers (name_folded);
      CREATE INDEX dossiers_status_due ON dossiers (status, due_at);
      CREATE INDEX dossiers_received ON dossiers (received_at);

      CREATE TABLE dossier_events (
        id TEXT PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossiers (id),
        action TEXT NOT NULL,
        from_status TEXT,
        to_status TEXT NOT NULL,
        at TEXT NOT NULL,
        clerk_id TEXT REFERENCES clerks (id),
        device_id TEXT,
        device_name TEXT NOT NULL,
        reason TEXT,
        new_due TEXT CHECK (new_due IS NULL OR json_valid(new_due))
      ) STRICT;
      CREATE INDEX dossier_events_dossier ON dossier_events (dossier_id, at);

      CREATE TABLE client_requests (
        request_id TEXT PRIMARY KEY,
        method TEXT NOT NULL,
        -- SHA-256 of the request's input: the same id sent with other content is a client bug, refused.
        input_hash TEXT NOT NULL,
        result_json TEXT NOT NULL CHECK (json_valid(result_json)),
        at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
