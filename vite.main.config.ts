import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

// Node-side bundles: the standalone service CLI, the utility-process entry and the Electron shell.
// Dependencies stay external (native better-sqlite3 must be loaded from node_modules).
const externals = ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`), ...Object.keys(pkg.dependencies)];

/** Left to Node to load at run time; also what the tests' build of the service entries leaves out (tests/support/service-entries.ts). */
export const isExternal = (id: string): boolean => externals.some((e) => id === e || id.startsWith(`${e}/`));

export default defineConfig({
  build: {
    ssr: true,
    outDir: 'dist/main',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rollupOptions: {
      input: {
        serve: 'src/main/serve.ts',
        'service-process': 'src/main/service-process.ts',
        electron: 'src/main/electron/main.ts',
      },
      external: isExternal,
      // Shared chunks sit beside the entries: start.ts finds dist/renderer relative to its own file.
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
});
