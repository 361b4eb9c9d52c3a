import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is one bundle for Electron and for LAN browsers; the ward service serves it.
export default defineConfig({
  root: 'src/renderer',
  base: '/',
  publicDir: '../../resources/public',
  plugins: [react()],
  build: {
    outDir: '../../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    assetsInlineLimit: 0,
  },
});
