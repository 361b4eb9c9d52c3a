import type { Migration } from './migration';

// The working calendar's data and official dossier codes.
// - calendar_years: one civil-service schedule per year, stored whole as the validated JSON the
//   city publishes (days with their sources), so a year is replaced in one write and never half-edited.
// - calendar_office: the office week and hours, one row.
// - dossier_code_settings: the ward's unit code and this PC's block of daily numbers, one row.
// - dossier_codes: every code ever issued. There is no delete path: a printed code is never reissued,
//   and the unique index refuses a repeat even if the numbering logic were wrong.

export const calendarAndDossierCodes: Migration = {
  version: 3,
  up(db) {
    db.exec(`
      CREATE TABLE calendar_years (
        year INTEGER PRIMARY KEY CHECK (year BETWEEN 1901 AND 2100),
        data TEXT NOT NULL CHECK (json_valid(data)),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE calendar_office (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        data TEXT NOT NULL CHECK (json_valid(data)),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE dossier_code_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        unit_code TEXT NOT NULL,
        slot INTEGER NOT NULL CHECK (slot BETWEEN 0 AND 9),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE dossier_codes (
        code TEXT PRIMARY KEY,
        unit_code TEXT NOT NULL,
        code_day TEXT NOT NULL,
        number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 9999),
        issued_at TEXT NOT NULL,
        actor TEXT NOT NULL,
        UNIQUE (unit_code, code_day, number)
      ) STRICT;
      CREATE INDEX dossier_codes_day ON dossier_codes (code_day);
    `);
  },
};
