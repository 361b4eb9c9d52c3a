import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { spawnWardService, stopWardService } from '../support/child-ward-service';
import { fetchPost } from '../support/test-admin';
import { tempDir } from '../support/ward-fixture';

// `npm run serve` (and the desktop app's service process) reads the machine config file IT wrote, at
// the path MOTCUA_MACHINE_CONFIG names: a silent install's ward is there at the first start, and a bad
// file stops the service with the field to fix.

vi.setConfig({ testTimeout: 90_000 });

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

function configFile(dir: string, config: object): string {
  const file = path.join(dir, 'config.json');
  fs.writeFileSync(file, JSON.stringify(config));
  return file;
}

describe('the machine config file read by the ward service', () => {
  it("applies a silent install's ward, counter and printers at the first start, without the wizard", async () => {
    const dir = tempDir();
    const file = configFile(dir, {
      setup: {
        skipWizard: true,
        ward: { name: 'Phường Hoàn Kiếm', unitCode: '000.00.04.H26' },
        counter: { number: 5, name: 'Quầy Chứng thực', services: ['CHUNGTHUC'] },
        printers: { ticket: 'XP-80C' },
      },
    });
    const service = await spawnWardService(path.join(dir, 'data'), { MOTCUA_MACHINE_CONFIG: file });
    try {
      const post = fetchPost(service.baseUrl);
      const state = (await post('getSetupState', {}, service.launchToken)).body as { needed: boolean };
      expect(state.needed).toBe(false);
      const config = (await post('getConfig', {}, service.token)).body as {
        settings: { wardName: string; ticketPrinter: string };
        counters: { number: number; name: string }[];
      };
      expect(config.settings).toMatchObject({ wardName: 'Phường Hoàn Kiếm', ticketPrinter: 'XP-80C' });
      expect(config.counters.find((c) => c.number === 5)?.name).toBe('Quầy Chứng thực');
      const codes = (await post('getDossierCodeSettings', {}, service.token)).body as { unitCode: string };
      expect(codes.unitCode).toBe('000.00.04.H26');
    } finally {
      await stopWardService(service);
    }
  });

  it('stops with the file and the field to fix when the file is bad, and opens no database', async () => {
    const dir = tempDir();
    const file = configFile(dir, { setup: { counter: { number: 1, name: 'Quầy 1', services: 'HOTICH' } } });
    const dataDir = path.join(dir, 'data');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/serve.ts', '--data', dataDir, '--port', '0'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: '', MOTCUA_MACHINE_CONFIG: file },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain(`The machine config file ${file} is not valid: setup.counter.services`);
    expect(fs.existsSync(path.join(dataDir, 'motcua.sqlite'))).toBe(false);
  });
});
