import { migrate } from '../../src/city/db/migrate';
import { openPg } from '../../src/city/db/pg-db';
import { startPostgres } from '../support/postgres';
import { clerkSuite } from './clerk-suite';

clerkSuite('PostgreSQL', async () => {
  const server = await startPostgres();
  const db = openPg({ connectionString: await server.createDatabase('clerks') });
  await migrate(db);
  return {
    db,
    close: async () => {
      await db.close();
      server.stop();
    },
  };
});
