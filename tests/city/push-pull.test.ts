import { openPglite } from '../../src/city/db/pglite-db';
import { migrate } from '../../src/city/db/migrate';
import { pushPullSuite } from './push-pull-suite';

pushPullSuite('embedded PGlite', async () => {
  const db = await openPglite(undefined);
  await migrate(db);
  return { db, close: () => db.close() };
});
