import { migratedPglite } from '../support/test-pglite';
import { clerkSuite } from './clerk-suite';

clerkSuite('embedded PGlite', async () => {
  const db = await migratedPglite();
  return { db, close: () => db.close() };
});
