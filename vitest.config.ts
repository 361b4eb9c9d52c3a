import { defineConfig } from 'vitest/config';

// Tests live with their module (tests/<module>/): `*.test.ts` run in process against real SQLite,
// `*.integration.test.ts` start real processes (ward service, city server, PostgreSQL).
// End-to-end tests (`*.e2e.ts`) belong to Playwright, not here.

/** In process, against real SQLite; also what mutation testing runs (vitest.mutation.config.ts). */
export const unitTests = {
  include: ['tests/**/*.test.ts'],
  exclude: ['tests/**/*.integration.test.ts', 'node_modules/**'],
  environment: 'node' as const,
};

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', ...unitTests } },
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
