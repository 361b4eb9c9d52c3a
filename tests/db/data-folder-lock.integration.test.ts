import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { serviceEntries } from '../support/service-entries';
import { spawnWardService, stopWardService, type ChildWardService } from '../support/child-ward-service';
import { tempDir } from '../support/ward-fixture';

let running: ChildWardService | undefined;
afterEach(async () => {
  if (running) await stopWardService(running);
  running = undefined;
});

describe('one ward service per data folder', () => {
  it('refuses a second start on the same folder, naming the process that holds it, and exits non-zero', async () => {
    const dataDir = tempDir();
    running = await spawnWardService(dataDir);
    const second = spawnSync(process.execPath, [serviceEntries().ward, '--data', dataDir, '--port', '0'], {
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(`already in use by another`);
    expect(second.stderr).toContain(`process ${running.process.pid}`);
    // The first one is untouched and still answers.
    const health = await fetch(`${running.baseUrl}/api/health`);
    expect(health.status).toBe(200);
  });

  it('can be taken again at once after the holder is killed outright', async () => {
    const dataDir = tempDir();
    const first = await spawnWardService(dataDir);
    first.process.kill('SIGKILL');
    await first.exited;
    running = await spawnWardService(dataDir);
    expect((await fetch(`${running.baseUrl}/api/health`)).status).toBe(200);
  });
});
