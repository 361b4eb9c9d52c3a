import { ensureBinDir } from './postgres';

// Once per test run, before any test file: the PostgreSQL server binaries the city tests start
// throwaway clusters with, installed from Debian's packages on a machine that has none.
export default function setup(): void {
  const started = Date.now();
  const dir = ensureBinDir();
  if (Date.now() - started > 1000)
    process.stderr.write(`PostgreSQL ready in ${dir} after ${Math.round((Date.now() - started) / 1000)} s.\n`);
}
