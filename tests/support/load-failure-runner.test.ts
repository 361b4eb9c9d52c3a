import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';

// Mutation testing relies on this: a mutant that makes a module throw while loading must fail a test,
// or Stryker counts it as survived (tests/support/load-failure-runner.ts). This file imports no product
// module, so that Stryker, which runs the tests related to the mutated file, never runs it for a mutant.
describe('the mutation-testing vitest config', () => {
  it('turns a test file that cannot load into one failing test, and runs the others as usual', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-runner-'));
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
    const report = path.join(dir, 'report.json');
    const run = promisify(execFile)(
      process.execPath,
      ['node_modules/vitest/vitest.mjs', 'run', '-c', 'vitest.mutation.config.ts', '--reporter=json', `--outputFile=${report}`],
      { env: { ...process.env, MUTATION_TESTS: 'tests/support/load-failure/*.check.ts' } },
    );
    await expect(run).rejects.toMatchObject({ code: 1 });

    const results = (JSON.parse(fs.readFileSync(report, 'utf8')) as VitestJsonReport).testResults;
    const byFile = Object.fromEntries(
      results.map((file) => [
        path.basename(file.name),
        file.assertionResults.map((test) => [test.title, test.status, test.failureMessages.join()]),
      ]),
    );
    expect(byFile).toEqual({
      'imports-broken-module.check.ts': [['the test file loads', 'failed', expect.stringContaining('built a broken table')]],
      'loads.check.ts': [['runs as usual', 'passed', '']],
    });
  }, 60_000);
});

interface VitestJsonReport {
  testResults: { name: string; assertionResults: { title: string; status: string; failureMessages: string[] }[] }[];
}
