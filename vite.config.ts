import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { geoData } from './geo/vite-plugin-geo-data.ts';
import { buildCspHeader } from './csp.ts';
import { preloadStartFiles } from './build/preload-start-files.ts';
import { firstViewHtml } from './build/first-view-html.ts';
import { appChunk } from './build/app-chunk.ts';
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

export default defineConfig(({ mode }) => {
  const app = appChunk();
  return {
    plugins: [
      app.plugin,
      geoData(),
      firstViewHtml(),
      svelte(),
      contentSecurityPolicy(),
      preloadStartFiles(),
      // A build for the browser tests only: a site whose name and summary are markup.
      mode === 'e2e-hostile' && hostileData(),
    ],
    resolve: {
      alias: [
        {
          // d3-scale ships as one file, and the bundler places a file in one chunk. The map's
          // colour scales (ordinal, threshold) are on the start path; the charts' linear and
          // band scales (with d3-interpolate, d3-color and d3-format) are only needed by the
          // compare view. The charts import this second instance of the same file, so that
          // code stays in the compare view's chunk. (src/d3-scale-charts.d.ts gives its types.)
          find: /^d3-scale-charts$/,
          replacement: `${fileURLToPath(import.meta.resolve('d3-scale'))}?charts`,
        },
      ],
    },
    build: {
      target: 'es2022',
      // Data files stay files (fetched, preloaded, validated by name), however small: a data:
      // URL would put them back in the script and past the CSP's connect-src.
      assetsInlineLimit: (file: string) => (/\.(geo)?json$/.test(file) ? false : undefined),
      chunkSizeWarningLimit: 1500,
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              // Bench builds only: the bench's own code (src/bench/, bench/contract.ts) in a
              // chunk of its own, which the bench does not count as the app's JavaScript.
              ...(mode === 'bench'
                ? [{ name: 'bench-mode', test: /[\\/](src[\\/]bench[\\/]|bench[\\/]contract\.ts)/ }]
                : []),
              ...app.groups,
            ],
            // A group takes the modules its test names, not what they import.
            includeDependenciesRecursively: false,
          },
        },
      },
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
  };
});
