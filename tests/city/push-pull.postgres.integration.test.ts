import { openPg } from '../../src/city/db/pg-db';
import { migrate } from '../../src/city/db/migrate';
import { startPostgres } from '../support/postgres';
import { pushPullSuite } from './push-pull-suite';

pushPullSuite('PostgreSQL', async () => {
  const server = await startPostgres();
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
