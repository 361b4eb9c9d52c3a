import fs from 'node:fs';
import path from 'node:path';
import type { CityDb } from './adapter';
import { migrate } from './migrate';
import { openPg } from './pg-db';
import { openPglite } from './pglite-db';

export interface DbLocation {
  /** PostgreSQL connection string; when set, `dataDir` is not used. */
  databaseUrl?: string;
  /** Where the embedded PGlite database lives. */
  dataDir?: string;
}

/**
 * Opens and migrates the city database. The embedded PGlite can be opened by one process only: a lock
 * file with the owner's pid refuses a second opener (the server and an admin command at once).
 */
export async function openCityDb(location: DbLocation, options: { poolSize?: number; maxWaiting?: number } = {}): Promise<CityDb> {
  let db: CityDb;
  if (location.databaseUrl) db = openPg({ connectionString: location.databaseUrl, ...options });
  else if (location.dataDir) {
    fs.mkdirSync(location.dataDir, { recursive: true });
    const release = lockDataDir(location.dataDir);
    try {
      const inner = await openPglite(path.join(location.dataDir, 'pglite'), options);
      db = { ...inner, close: () => inner.close().finally(release) };
    } catch (error) {
      release();
      throw error;
    }
  } else throw new Error('set DATABASE_URL or pass --data <dir>');
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

function lockDataDir(dir: string): () => void {
  const file = path.join(dir, 'city.lock');
  try {
    fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
  } catch {
    const owner = Number(fs.readFileSync(file, 'utf8'));
    if (Number.isInteger(owner) && owner > 0 && isAlive(owner))
      throw new Error(`${dir} is in use by process ${owner}: stop it first, or run the server on PostgreSQL (DATABASE_URL)`);
    fs.writeFileSync(file, String(process.pid));
  }
  return () => fs.rmSync(file, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
