import { inject } from 'vitest';
import { buildNodeEntries } from './node-entries';

// The ward service and the city command line as the integration tests start them: built once per test
// run, so each of the dozens of processes they start is plain Node on JavaScript instead of compiling
// the TypeScript again (a second or more of CPU each on this machine).

export interface ServiceEntries {
  /** `npm run serve`'s entry (src/main/serve.ts). */
  ward: string;
  /** `npm run city`'s entry (src/city/cli.ts). */
  city: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    serviceEntries: ServiceEntries;
  }
}

/** Builds both entries into a folder of their own; returns them and a function that removes the folder. */
export async function buildServiceEntries(): Promise<{ entries: ServiceEntries; remove(): void }> {
  const built = await buildNodeEntries({ serve: 'src/main/serve.ts', city: 'src/city/cli.ts' }, 'service-entries');
  return { entries: { ward: built.files.serve!, city: built.files.city! }, remove: built.remove };
}

/** This run's entries, from the integration tests' global set-up. */
export function serviceEntries(): ServiceEntries {
  return inject('serviceEntries');
}
