import { migrate } from '../../src/city/db/migrate';
import { openPglite } from '../../src/city/db/pglite-db';
import { clerkSuite } from './clerk-suite';

clerkSuite('embedded PGlite', async () => {
  const db = await openPglite(undefined);
  await migrate(db);
  return { db, close: () => db.close() };
});
