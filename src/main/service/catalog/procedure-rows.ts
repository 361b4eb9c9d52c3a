import type { ProcedureSummary } from '../../../shared/api/catalog';
import type { Procedure } from '../../../shared/catalog/procedure';
import { foldForSearch } from '../../../shared/text/fold';
import type { Db } from '../db/open-database';
import { stmt } from '../db/statements';

// The procedures table, read and written in one place. Rows hold only procedures that passed the
// schema (every write path validates first), so reading them back does not parse them again: that
// would cost more than the query for a city-sized catalogue.

/** The folded text `listProcedures` filters on: the same haystack as searchCatalogue's. */
export function searchTextOf(procedure: Procedure): string {
  return `${procedure.nationalCode.code ?? ''} ${foldForSearch(procedure.name)} ${foldForSearch(procedure.field)}`;
}

export function readAllProcedures(db: Db): Procedure[] {
  return (stmt(db, 'SELECT data FROM procedures ORDER BY position').all() as { data: string }[]).map(
    (r) => JSON.parse(r.data) as Procedure,
  );
}

export function readProcedure(db: Db, id: string): Procedure | null {
  const row = stmt(db, 'SELECT data FROM procedures WHERE id = ?').get(id) as { data: string } | undefined;
  return row ? (JSON.parse(row.data) as Procedure) : null;
}

/** When the stored procedure last changed: the version of it a dossier was received under. */
export function procedureUpdatedAt(db: Db, id: string): string | null {
  return (stmt(db, 'SELECT updated_at FROM procedures WHERE id = ?').get(id) as { updated_at: string } | undefined)?.updated_at ?? null;
}

/** Inserts a new procedure at the end of the catalogue, or rewrites a stored one in its place. */
export function upsertProcedure(db: Db, procedure: Procedure, at: string): void {
  stmt(
    db,
    `INSERT INTO procedures (id, national_code, field, name, search_text, data, effective_from, updated_at, position)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM procedures))
     ON CONFLICT (id) DO UPDATE SET national_code = excluded.national_code, field = excluded.field, name = excluded.name,
       search_text = excluded.search_text, data = excluded.data, effective_from = excluded.effective_from, updated_at = excluded.updated_at`,
  ).run(
    procedure.id,
    procedure.nationalCode.code,
    procedure.field,
    procedure.name,
    searchTextOf(procedure),
    JSON.stringify(procedure),
    procedure.effectiveFrom,
    at,
  );
}

/** Another procedure that holds the national code, if any. */
export function holderOfCode(db: Db, code: string | null, exceptId: string): { id: string; name: string } | null {
  if (code === null) return null;
  return (
    (stmt(db, 'SELECT id, name FROM procedures WHERE national_code = ? AND id <> ?').get(code, exceptId) as
      { id: string; name: string } | undefined) ?? null
  );
}

export function summaryOf(procedure: Procedure): ProcedureSummary {
  return { id: procedure.id, nationalCode: procedure.nationalCode.code, field: procedure.field, name: procedure.name };
}
