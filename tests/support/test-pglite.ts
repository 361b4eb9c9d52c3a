import { PGlite } from '@electric-sql/pglite';
import type { CityDb } from '../../src/city/db/adapter';
import { migrate } from '../../src/city/db/migrate';
import { PGLITE_PARSERS, pgliteCityDb } from '../../src/city/db/pglite-db';

// A new embedded PostgreSQL runs initdb, seconds of CPU each time; loading a copy of a cluster made
// once in this worker takes a fraction of that and gives the same empty (or freshly migrated) database.
// Vitest keeps one module graph per worker (isolate: false), so the templates serve every file there.

let blank: Promise<File | Blob> | undefined;
let migrated: Promise<File | Blob> | undefined;

async function dump(prepare: (db: CityDb) => Promise<unknown>): Promise<File | Blob> {
  const pg = await PGlite.create();
  try {
    await prepare(pgliteCityDb(pg));
    return await pg.dumpDataDir('none');
  } finally {
    await pg.close();
  }
}

async function copyOf(template: Promise<File | Blob>): Promise<CityDb> {
  return pgliteCityDb(await PGlite.create({ loadDataDir: await template, parsers: PGLITE_PARSERS }));
}

/** An empty in-memory city database, as `openPglite(undefined)` gives, with no schema yet. */
export function blankPglite(): Promise<CityDb> {
  blank ??= dump(async () => undefined);
  return copyOf(blank);
}

/** An in-memory city database at the latest schema, as `openPglite(undefined)` then `migrate` give. */
export function migratedPglite(): Promise<CityDb> {
  migrated ??= dump(migrate);
  return copyOf(migrated);
}
