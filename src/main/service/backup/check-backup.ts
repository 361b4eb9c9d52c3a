import Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';

/**
 * `PRAGMA integrity_check` of a database file opened read-only: 'ok', or what is wrong in words. A file
 * from a newer app version is refused too, since this app could not open it after the restore.
 */
export function checkDatabaseFile(file: string): string {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    return `cannot open: ${(error as Error).message}`;
  }
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION) return `schema version ${version} is newer than this app (${LATEST_SCHEMA_VERSION})`;
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    return problems.length === 0 ? 'ok' : problems.slice(0, 5).join('; ');
  } catch (error) {
    return `${(error as { code?: string }).code ?? 'error'}: ${(error as Error).message}`;
  } finally {
    db.close();
  }
}
