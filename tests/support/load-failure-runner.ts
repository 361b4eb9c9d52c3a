import { test, TestRunner } from 'vitest';

// Mutation testing's vitest runner (vitest.mutation.config.ts). When a test file cannot even be loaded
// — a mutant made a module throw while it builds its schemas or tables — vitest marks the file failed
// but collects no test from it, and Stryker 9.6, counting tests only, reports such a mutant as
// "survived" (stryker-js#6150) although `npm test` fails on it. Here the load error becomes one failing
// test of that file, so the mutant counts as killed, as it is.
export default class LoadFailureRunner extends TestRunner {
  override async importFile(filepath: string, source: Parameters<TestRunner['importFile']>[1]): Promise<unknown> {
    try {
      return await super.importFile(filepath, source);
    } catch (error) {
      if (source !== 'collect') throw error;
      test('the test file loads', () => {
        throw error;
      });
      return undefined;
    }
  }
}
