import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { isExternal } from '../../vite.main.config';

// Node-side entries built from the source once per test run, the way vite.main.config.ts builds the
// product's (dependencies left to node_modules), so that tests load JavaScript instead of compiling the
// TypeScript again in every process or worker. Under the project's tmp/ (git-ignored) so the service
// finds resources/ above it, as it does from src/ or dist/.

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface BuiltEntries {
  /** Entry name → absolute path of its built file. */
  files: Record<string, string>;
  /** Removes the folder they were built into. */
  remove(): void;
}

/** Builds each `name: source` entry into tmp/<label>-<pid>/<name>.js. */
export async function buildNodeEntries(inputs: Record<string, string>, label: string): Promise<BuiltEntries> {
  const outDir = path.join(REPO_ROOT, 'tmp', `${label}-${process.pid}`);
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
        input: inputs,
        external: isExternal,
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  });
  return {
    files: Object.fromEntries(Object.keys(inputs).map((name) => [name, path.join(outDir, `${name}.js`)])),
    remove: () => fs.rmSync(outDir, { recursive: true, force: true }),
  };
}
