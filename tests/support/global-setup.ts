import type { TestProject } from 'vitest/node';
import { ensureBinDir, startPostgres } from './postgres';
import { buildServiceEntries } from './service-entries';

// Once per test run, before any test file: the PostgreSQL server binaries, installed from Debian's
// packages on a machine that has none, and the run's cluster, which every file uses through
// shared-postgres.ts; and the service entries the tests start as processes, built from the source.
export default async function setup(project: TestProject): Promise<() => void> {
  const started = Date.now();
  const dir = ensureBinDir();
  if (Date.now() - started > 1000)
    process.stderr.write(`PostgreSQL ready in ${dir} after ${Math.round((Date.now() - started) / 1000)} s.\n`);
  const postgres = await startPostgres();
  const { entries, remove } = await buildServiceEntries();
  project.provide('postgresUrl', postgres.url);
  project.provide('serviceEntries', entries);
  return () => {
    postgres.stop();
    remove();
  };
}
