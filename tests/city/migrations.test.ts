// The city schema: numbered migrations applied once, in order, and a database from a newer server refused.
import { expect, it } from 'vitest';
import { cityMigrations, migrate } from '../../src/city/db/migrate';
import { openPglite } from '../../src/city/db/pglite-db';

it('applies each numbered migration once, keeps the data on a second run, and refuses a newer database', { timeout: 60_000 }, async () => {
  expect(cityMigrations.map((m) => m.version)).toEqual([1, 2, 3, 4, 5, 6]);
  const db = await openPglite(undefined);
  try {
    expect(await migrate(db)).toBe(6);
    await db.query(`INSERT INTO wards (code, name) VALUES ('00001', 'Phường Một')`);
    expect(await migrate(db)).toBe(6);
    expect(await db.query('SELECT version FROM schema_migrations ORDER BY version')).toEqual([
      { version: 1 },
      { version: 2 },
      { version: 3 },
      { version: 4 },
      { version: 5 },
      { version: 6 },
    ]);
    expect(await db.query('SELECT code FROM wards')).toEqual([{ code: '00001' }]);
    await db.query('INSERT INTO schema_migrations (version) VALUES (7)');
    await expect(migrate(db)).rejects.toThrow('database schema 7 is newer than this server (6): update the server');
  } finally {
    await db.close();
  }
});
