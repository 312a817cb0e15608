import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './chromium.ts';

let server: PreviewServer | undefined;

/** Serve the production build (dist/, made by `vite build`) on 127.0.0.1 for the browser tests. */
export async function setup(project: TestProject): Promise<void> {
  chromiumPath(); // fail early, with instructions, when there is no browser
  // E2E_OUT_DIR lets a second checkout or a parallel build test its own build folder.
  const outDir = process.env.E2E_OUT_DIR || 'dist';
  if (!existsSync(`${outDir}/index.html`)) {
    throw new Error(
      `${outDir}/index.html is missing: run \`vite build\` first (npm run test:e2e does).`,
    );
  }
  server = await preview({
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a local URL');
  project.provide('baseUrl', url.replace(/\/$/, ''));
}

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
