import { existsSync } from 'node:fs';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './chromium.ts';
import { BASEMAP_TEST_ENV } from './tile-server.ts';
import { staticHeaders } from './static-headers.ts';

const servers: PreviewServer[] = [];

/**
 * Serve a built folder on 127.0.0.1 (any free port) and return its URL, without a final slash.
 * `withHeaders`: send the headers of the folder's `_headers` file, as a static host would.
 */
async function serve(outDir: string, withHeaders = false): Promise<string> {
  const server = await preview({
    plugins: withHeaders ? [staticHeaders(outDir)] : [],
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  servers.push(server);
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a local URL');
  return url.replace(/\/$/, '');
}

/**
 * Build a test-only variant of the app (`vite build --mode <mode>`) into `.e2e-dist-<name>/`
 * and serve it. `env` is set in process.env for the build only (e.g. VITE_* variables).
 */
async function buildAndServeVariant(
  name: string,
  mode: string,
  env: Record<string, string> = {},
): Promise<string> {
  const outDir = `.e2e-dist-${name}`;
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    await build({ mode, build: { outDir, emptyOutDir: true }, logLevel: 'warn' });
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  return serve(outDir);
}

/**
 * Serve the production build (dist/, made by `vite build`) on 127.0.0.1 for the browser tests,
 * plus the test-only variants built here.
 */
export async function setup(project: TestProject): Promise<void> {
  chromiumPath(); // fail early, with instructions, when there is no browser
  // E2E_OUT_DIR lets a second checkout or a parallel build test its own build folder.
  const outDir = process.env.E2E_OUT_DIR || 'dist';
  if (!existsSync(`${outDir}/index.html`)) {
    throw new Error(
      `${outDir}/index.html is missing: run \`vite build\` first (npm run test:e2e does).`,
    );
  }
  project.provide('baseUrl', await serve(outDir));
  // The same build with the headers of its _headers file (the embed test: framing allowed).
  project.provide('headersBaseUrl', await serve(outDir, true));
  // A site whose name and summary are markup (tests/e2e/fixtures/hostile-sites.ts).
  project.provide('hostileBaseUrl', await buildAndServeVariant('hostile', 'e2e-hostile'));
  // Online basemaps whose tiles come from the local tile server (tests/e2e/tile-server.ts).
  project.provide(
    'basemapBaseUrl',
    await buildAndServeVariant('basemap', 'e2e-basemap', BASEMAP_TEST_ENV),
  );
}

export async function teardown(): Promise<void> {
  for (const server of servers.splice(0)) await server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The production build served with the headers of its `_headers` file. */
    headersBaseUrl: string;
    /** The build of `--mode e2e-hostile`. */
    hostileBaseUrl: string;
    /** The build of `--mode e2e-basemap`: OSM and Tianditu tiles from 127.0.0.1. */
    basemapBaseUrl: string;
  }
}
