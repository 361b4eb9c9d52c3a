import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// `npm run bench`: every benchmark, one after the other, each in its own process so one's heap and
// JIT state never colour the next. Each prints its own Markdown; paste the output into
// docs/benchmarks.md. Benchmarks report, they do not gate: this exits 0 unless one crashes.

const BENCHES = [
  'queue.bench.ts',
  'sign-in.bench.ts',
  'due-date.bench.ts',
  'catalog-import.bench.ts',
  'city-sync.bench.ts',
  'write-to-city.bench.ts',
  'sync-pouchdb.bench.ts',
  'dossier-search.bench.ts',
];

const here = path.dirname(fileURLToPath(import.meta.url));
let failed = 0;
for (const file of process.argv.slice(2).length ? process.argv.slice(2) : BENCHES) {
  console.log(`\n<!-- ${file} -->`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, file)], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    console.error(`${file} exited with ${run.status ?? run.signal}`);
  }
}
process.exit(failed ? 1 : 0);
