import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { geoData } from './geo/vite-plugin-geo-data.ts';

export default defineConfig({
  plugins: [geoData(), svelte()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.spec.ts', 'geo/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
});
