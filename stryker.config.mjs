// Mutation testing: Stryker changes the product's code one small step at a time (a `<` becomes `<=`,
// a condition becomes `true`, a string becomes empty) and runs the unit tests against each change.
// A change no test notices ("survived") marks behaviour the tests do not pin down. How to run it, the
// scores measured and the survivors examined: docs/testing.md.
//
// Only the unit tests run (vitest.mutation.config.ts): the integration tests start processes and a real
// PostgreSQL, which would take hours across thousands of mutants. Narrow a run with --mutate and the
// MUTATION_TESTS variable, e.g.
//   MUTATION_TESTS='tests/sync/hlc*.test.ts' npx stryker run --mutate 'src/shared/clock/hlc.ts'
// (not with --testFiles: Stryker 9.6 then switches static mutants on too late, and they all survive).

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'src/shared/**/*.ts',
    'src/main/service/**/*.ts',
    // Generated files are checked by the test that regenerates them, not by mutants.
    '!src/**/*.generated.ts',
    // Reference data (holiday lists, province codes) and the Vietnamese texts are
    // checked against their sources by their own tests; mutating a literal there says nothing new.
    '!src/**/data/**',
    '!src/shared/i18n/**',
  ],
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  coverageAnalysis: 'perTest',
  // The machine has two cores that others share.
  concurrency: 2,
  // A busy shared machine makes honest runs slow: do not count them as infinite loops too early.
  timeoutMS: 15_000,
  dryRunTimeoutMinutes: 20,
  // A run reuses the results of mutants whose code and covering tests did not change since the last
  // one, so a rerun after a small change takes minutes, not the better part of an hour. `--force`
  // tests every mutant again.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // Build output and earlier reports: no unit test reads them, and copying them slows every sandbox.
  ignorePatterns: ['dist', 'release', 'test-results', 'playwright-report', 'tmp', 'reports', '.data'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  thresholds: { high: 85, low: 70, break: null },
};
