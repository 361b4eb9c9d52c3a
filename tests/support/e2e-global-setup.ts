import { buildNodeEntries } from './node-entries';
import { WARD_HOST_ENV } from './e2e-ward-service';

// Once per Playwright run: the process that runs each worker's ward services (e2e-ward-host.ts), built
// from the source. Workers inherit the environment set here; the folder is removed at the end.
export default async function globalSetup(): Promise<() => void> {
  const built = await buildNodeEntries({ 'ward-host': 'tests/support/e2e-ward-host.ts' }, 'e2e-ward-host');
  process.env[WARD_HOST_ENV] = built.files['ward-host'];
  return built.remove;
}
