import { defineConfig } from 'vite';

// A sandboxed preload cannot load other files: one CommonJS file that only requires 'electron'.
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'dist/preload',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      input: { preload: 'src/preload/preload.ts' },
      external: ['electron'],
      output: { format: 'cjs', entryFileNames: '[name].cjs' },
    },
  },
});
