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
    // Both projects share one pool of two workers (the machine's two cores; Vitest's default is one
    // fewer than the cores). Threads, and no fresh module graph per file: re-importing the product for
    // each of 120 files cost more than the tests themselves. Tests restore what they change.
    pool: 'threads',
    maxWorkers: 2,
    isolate: false,
    projects: [
      { extends: true, test: { name: 'unit', ...unitTests } },
      {
        extends: true,
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
