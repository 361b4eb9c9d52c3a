import type { CityDb } from './adapter';
import initial from './migrations/0001-initial';
import cityData from './migrations/0002-city-data';
import dashboard from './migrations/0003-dashboard';
import wardRecords from './migrations/0004-ward-records';
import pushPath from './migrations/0005-push-path';
import eventDetail from './migrations/0006-event-detail';
import versionedState from './migrations/0007-versioned-state';
import ticketRowOnce from './migrations/0008-ticket-row-once';
import eventClerk from './migrations/0009-event-clerk';
import statutoryRules from './migrations/0010-statutory-rules';
import dashboardSignInLimits from './migrations/0011-dashboard-sign-in-limits';
import dossiers from './migrations/0012-dossiers';
import wardScopedIds from './migrations/0013-ward-scoped-ids';
import misdatedFlags from './migrations/0014-misdated-flags';

// Numbered, never edited once released: add a version instead.
export const cityMigrations: readonly { version: number; sql: string }[] = [
  { version: 1, sql: initial },
  { version: 2, sql: cityData },
  { version: 3, sql: dashboard },
  { version: 4, sql: wardRecords },
  { version: 5, sql: pushPath },
  { version: 6, sql: eventDetail },
  { version: 7, sql: versionedState },
  { version: 8, sql: ticketRowOnce },
  { version: 9, sql: eventClerk },
  { version: 10, sql: statutoryRules },
  { version: 11, sql: dashboardSignInLimits },
  { version: 12, sql: dossiers },
  { version: 13, sql: wardScopedIds },
  { version: 14, sql: misdatedFlags },
];

/** Brings the schema up to date; an advisory lock lets several server copies start at once. */
export async function migrate(db: CityDb): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7411)');
    await tx.query('CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const [row] = await tx.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
    const current = row?.version ?? 0;
    const latest = cityMigrations[cityMigrations.length - 1]!.version;
    if (current > latest) throw new Error(`database schema ${current} is newer than this server (${latest}): update the server`);
    for (const m of cityMigrations.filter((m) => m.version > current)) {
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [m.version]);
    }
    return latest;
  });
}
