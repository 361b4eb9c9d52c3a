import { openPg } from '../../src/city/db/pg-db';
import { migrate } from '../../src/city/db/migrate';
import { sharedPostgres } from '../support/shared-postgres';
import { pushPullSuite } from './push-pull-suite';

pushPullSuite('PostgreSQL', async () => {
  const server = sharedPostgres();
  const db = openPg({ connectionString: await server.createDatabase('push_pull') });
  await migrate(db);
  return {
    db,
    close: async () => {
      await db.close();
      server.stop();
    },
  };
});
