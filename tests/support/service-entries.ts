import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { inject } from 'vitest';
import { isExternal } from '../../vite.main.config';

// The ward service and the city command line as the integration tests start them: built from the
// source once per test run, so each of the dozens of processes they start is plain Node on JavaScript
// instead of compiling the TypeScript again (a second or more of CPU each on this machine). Under the
// project's tmp/ (git-ignored) so the service finds resources/ above it, as it does from src/ or dist/.

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

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
  const outDir = path.join(REPO_ROOT, 'tmp', `service-entries-${process.pid}`);
  await build({
    configFile: false,
    root: REPO_ROOT,
    logLevel: 'warn',
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      rollupOptions: {
        input: { serve: 'src/main/serve.ts', city: 'src/city/cli.ts' },
        external: isExternal,
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  });
  return {
    entries: { ward: path.join(outDir, 'serve.js'), city: path.join(outDir, 'city.js') },
    remove: () => fs.rmSync(outDir, { recursive: true, force: true }),
  };
}

/** This run's entries, from the integration tests' global set-up. */
export function serviceEntries(): ServiceEntries {
  return inject('serviceEntries');
}
