import { defineConfig } from 'vitest/config';

// Tests live with their module (tests/<module>/): `*.test.ts` run in process against real SQLite,
// `*.integration.test.ts` start real processes (ward service, city server, PostgreSQL).
// End-to-end tests (`*.e2e.ts`) belong to Playwright, not here.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.integration.test.ts', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/**/*.integration.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
