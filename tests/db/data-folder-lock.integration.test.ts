import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnService, stopService, type ChildService } from '../support/child-service';
import { tempDir } from '../support/ward-fixture';

let running: ChildService | undefined;
afterEach(async () => {
  if (running) await stopService(running);
  running = undefined;
});

describe('one ward service per data folder', () => {
  it('refuses a second start on the same folder, naming the process that holds it, and exits non-zero', async () => {
    const dataDir = tempDir();
    running = await spawnService(dataDir);
    const second = spawnSync(process.execPath, ['--import', 'tsx', 'src/main/serve.ts', '--data', dataDir, '--port', '0'], {
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
    const first = await spawnService(dataDir);
    first.process.kill('SIGKILL');
    await first.exited;
    running = await spawnService(dataDir);
    expect((await fetch(`${running.baseUrl}/api/health`)).status).toBe(200);
  });
});
