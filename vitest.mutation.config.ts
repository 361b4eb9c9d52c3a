import { defineConfig } from 'vitest/config';
import { unitTests } from './vitest.config';

// The tests Stryker runs against each mutant (stryker.config.mjs): the unit tests, or only the files in
// MUTATION_TESTS (comma-separated globs) for a narrow run. Narrowing here rather than with Stryker's
// --testFiles matters for static mutants (module-level values): with --testFiles, Stryker 9.6 switches
// them on after the module has already loaded, so every one of them "survives" (stryker-js#6144).
export default defineConfig({
  test: {
    ...unitTests,
    include: process.env.MUTATION_TESTS?.split(',').filter(Boolean) ?? unitTests.include,
    // A test file whose module throws at load fails a test, rather than collecting none (see the runner).
    runner: './tests/support/load-failure-runner.ts',
  },
});
