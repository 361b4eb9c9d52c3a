import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';
import type { ShellBridge } from '../../src/shared/shell-bridge';
import { TEST_ADMIN } from '../support/test-admin';

// The desktop shell as a ward PC runs it: the built dist/main/electron.js in Electron, which starts
// the ward service in its utility process and opens the counter page with the print bridge. Needs
// the Electron binary (never downloaded on a machine without internet) and better-sqlite3 compiled
// for Electron; where either is missing the test is skipped and says why. 'electron' itself is never
// imported: without its binary, loading it starts a download.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SHELL_MAIN = path.join(ROOT, 'dist', 'main', 'electron.js');

/** A native module that loads in this Node is built for Node's ABI, which is never Electron's. */
function sqliteBuiltForNode(): boolean {
  try {
    const Database = createRequire(path.join(ROOT, 'package.json'))('better-sqlite3') as new (file: string) => { close(): void };
    new Database(':memory:').close();
    return true;
  } catch {
    return false;
  }
}

function electronExecutable(): { ok: true; executable: string } | { ok: false; reason: string } {
  const found = findElectronBinary(ROOT, process.env);
  if (!found.ok) return { ok: false, reason: `no Electron binary (${found.reason}); install it with \`npx install-electron\`` };
  if (!existsSync(SHELL_MAIN)) return { ok: false, reason: `${SHELL_MAIN} is missing; run \`npm run build\`` };
  if (sqliteBuiltForNode())
    return {
      ok: false,
      reason: 'better-sqlite3 is compiled for Node, not Electron; rebuild it with `npx @electron/rebuild -f -w better-sqlite3`',
    };
  return found;
}

test.describe('desktop shell', () => {
  test('starts its ward service and opens the counter page with the print bridge', async () => {
    const shell = electronExecutable();
    if (!shell.ok) console.log(`Skipped, the desktop shell cannot run here: ${shell.reason}`);
    test.skip(!shell.ok, shell.ok ? '' : shell.reason);
    if (!shell.ok) return;

    const userData = mkdtempSync(path.join(os.tmpdir(), 'motcua-shell-'));
    // A silent install's machine file, as the browser tests' wards have: the wizard is tested in tests/setup.
    const machineConfig = path.join(userData, 'machine-config.json');
    writeFileSync(machineConfig, JSON.stringify({ setup: { skipWizard: true } }));
    const env: Record<string, string> = { MOTCUA_PORT: '0' };
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
    env.MOTCUA_MACHINE_CONFIG = machineConfig;
    const app = await electron.launch({ executablePath: shell.executable, args: [SHELL_MAIN, `--user-data-dir=${userData}`], env });
    try {
      const page = await app.firstWindow();
      // A new data folder: whoever installs the PC creates the first administrator, then the counter opens.
      await expect(page.getByTestId('first-admin-form')).toBeVisible();
      await page.getByTestId('first-admin-full-name').fill(TEST_ADMIN.fullName);
      await page.getByTestId('first-admin-username').fill(TEST_ADMIN.username);
      await page.getByTestId('first-admin-secret').fill(TEST_ADMIN.secret);
      await page.getByTestId('first-admin-secret-again').fill(TEST_ADMIN.secret);
      await page.getByTestId('first-admin-secret-again').press('Enter');
      await expect(page.getByTestId('counter-select')).toBeVisible();
      type WithShell = Window & { motcuaShell?: ShellBridge };
      expect(await page.evaluate(() => typeof (window as WithShell).motcuaShell?.printHtml)).toBe('function');
      const info = await page.evaluate(() => (window as WithShell).motcuaShell!.appInfo());
      expect(info.dataDir).toBe(path.join(userData, 'data'));
    } finally {
      await app.close();
      rmSync(userData, { recursive: true, force: true });
    }
  });
});
