import { defineConfig } from '@playwright/test';
import { BrowserMissingError, CHROMIUM_ARGS, ensureBrowser } from './tests/support/browser';

// End-to-end tests (`tests/<module>/*.e2e.ts`) drive the built app (`npm run build` first) in
// whatever Chromium this machine has, installing Debian's when it has none (tests/support/browser.ts).
// Each test starts its own ward service on its own port and data folder (in its worker, from the build
// the global set-up makes), and opens its own browser contexts (tests/support/e2e-fixtures.ts), so tests
// share nothing and run two at a time, one per core, spread test by test rather than file by file.

function browserExecutable(): string {
  try {
    return ensureBrowser();
  } catch (error) {
    if (!(error instanceof BrowserMissingError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

export default defineConfig({
  testDir: 'tests',
  testMatch: '**/*.e2e.ts',
  globalSetup: './tests/support/e2e-global-setup.ts',
  workers: 2,
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: 'list',
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: browserExecutable(), args: CHROMIUM_ARGS },
    actionTimeout: 15_000,
    navigationTimeout: 15_000,
    // Recording a trace of every test costs about a tenth of the run; PW_TRACE=1 records them for a
    // failure being chased. A failure's screenshot is kept either way.
    trace: process.env.PW_TRACE === '1' ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
  },
});
