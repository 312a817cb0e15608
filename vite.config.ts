import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { geoData } from './geo/vite-plugin-geo-data.ts';
import { cspHeader } from './csp.ts';

/** Adds the CSP meta tag to the built index.html (the dev server needs inline scripts). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'hohhot-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: cspHeader() },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [geoData(), svelte(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
  test: {
    include: [
      'src/**/*.spec.ts',
      'geo/**/*.spec.ts',
      'tests/unit/**/*.spec.ts',
      'bench/**/*.spec.ts',
    ],
    environment: 'node',
    testTimeout: 20000,
  },
});
