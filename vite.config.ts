import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { geoData } from './geo/vite-plugin-geo-data.ts';
import { buildCspHeader } from './csp.ts';
import { preloadMapChunk } from './build/preload-map-chunk.ts';
import { hostileData } from './tests/e2e/fixtures/hostile-plugin.ts';

/**
 * Adds the CSP meta tag to the built index.html (the dev server needs inline scripts), with the
 * online basemaps' tile origins from the build's VITE_* variables.
 */
function contentSecurityPolicy(): Plugin {
  let env: Record<string, unknown> = {};
  return {
    name: 'hohhot-csp',
    apply: 'build',
    configResolved(config) {
      env = config.env;
    },
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: buildCspHeader(env) },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [
    geoData(),
    svelte(),
    contentSecurityPolicy(),
    preloadMapChunk(),
    // A build for the browser tests only: a site whose name and summary are markup.
    mode === 'e2e-hostile' && hostileData(),
  ],
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
}));
