import { migratedPglite } from '../support/test-pglite';
import { pushPullSuite } from './push-pull-suite';

pushPullSuite('embedded PGlite', async () => {
  const db = await migratedPglite();
  return { db, close: () => db.close() };
});
