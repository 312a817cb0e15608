import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The bare-MapLibre reference page (bench/reference): `vite build -c bench/vite.reference.config.ts`. */
export default defineConfig({
  root: fileURLToPath(new URL('./reference', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('./.dist-reference', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
});
