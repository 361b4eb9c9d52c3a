import { buildNodeEntries } from './node-entries';
import { CLOCK_PRELOAD_ENV, WARD_HOST_ENV } from './e2e-ward-service';

// Once per Playwright run, built from the source: the process that runs each worker's ward services
// (e2e-ward-host.ts) and the clock preload of the wards with a movable clock (e2e-clock.ts). Workers inherit the environment set here; the folder is removed at the end.
export default async function globalSetup(): Promise<() => void> {
  const built = await buildNodeEntries(
    { 'ward-host': 'tests/support/e2e-ward-host.ts', clock: 'tests/support/e2e-clock.ts' },
    'e2e-ward-host',
  );
  process.env[WARD_HOST_ENV] = built.files['ward-host'];
  process.env[CLOCK_PRELOAD_ENV] = built.files.clock;
  return built.remove;
}
