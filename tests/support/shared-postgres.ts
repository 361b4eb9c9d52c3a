import { inject } from 'vitest';
import { clusterAt, type TestPostgres } from './postgres';

// The integration tests' PostgreSQL cluster: one per test run, started by the global set-up
// (tests/support/global-setup.ts) and stopped after the last file, instead of an initdb and a server
// start for each of a dozen files (about a second of CPU each). Each file still works in databases of
// its own, under names no other file uses.

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/** This run's cluster; `stop()` leaves it running for the other files. */
export function sharedPostgres(): TestPostgres {
  return clusterAt(inject('postgresUrl'));
}
