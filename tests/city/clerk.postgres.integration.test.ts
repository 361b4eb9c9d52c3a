import { migrate } from '../../src/city/db/migrate';
import { openPg } from '../../src/city/db/pg-db';
import { sharedPostgres } from '../support/shared-postgres';
import { clerkSuite } from './clerk-suite';

clerkSuite('PostgreSQL', async () => {
  const server = sharedPostgres();
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
