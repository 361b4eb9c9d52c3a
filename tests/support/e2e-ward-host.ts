import path from 'node:path';
import { machineSetupOf } from '../../src/main/machine-config';
import { startWardService, type RunningWardService } from '../../src/main/service/start';

// One Node process per Playwright worker that runs its tests' ward services (built once per run by
// e2e-global-setup.ts; driven by e2e-ward-service.ts over the IPC channel). The modules load once per
// worker instead of once per test, and the services stay off the worker's own event loop, which times
// the keys a test types. Each service still has its own data folder, port, database and launch token,
// exactly as `dist/main/serve.js` starts it.

export type HostRequest =
  { type: 'start'; id: number; dataDir: string; port: number; staticDir: string; machineConfig: string } | { type: 'stop'; id: number };

export type HostAnswer =
  | { type: 'started'; id: number; port: number; token: string }
  | { type: 'stopped'; id: number }
  | { type: 'failed'; id: number; message: string };

const services = new Map<number, RunningWardService>();

async function handle(request: HostRequest): Promise<HostAnswer> {
  if (request.type === 'start') {
    const running = await startWardService({
      dataDir: request.dataDir,
      port: request.port,
      staticDir: request.staticDir,
      backup: {},
      machineSetup: machineSetupOf(process.platform, { MOTCUA_MACHINE_CONFIG: path.resolve(request.machineConfig) }),
    });
    services.set(request.id, running);
    return { type: 'started', id: request.id, port: running.port, token: running.token };
  }
  const running = services.get(request.id);
  services.delete(request.id);
  await running?.close();
  return { type: 'stopped', id: request.id };
}

process.on('message', (request: HostRequest) => {
  handle(request).then(
    (answer) => process.send?.(answer),
    (error: unknown) => process.send?.({ type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) }),
  );
});
// The worker is gone (finished or killed): nothing else would stop this process.
process.on('disconnect', () => process.exit(0));
