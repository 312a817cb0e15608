/**
 * What the runner serves: the app built in bench mode, the reference page, and the bench
 * data folder (a copy of the districts and the synthetic sites for each N).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { syntheticSites, type DivisionCollection } from './synthetic.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const APP_DIST = here('./.dist-app');
export const REFERENCE_DIST = here('./.dist-reference');
export const DATA_DIR = here('./.data');

/** URL prefixes the server mounts the folders at (the builds' `base`). */
export const MOUNTS = { app: '/app/', reference: '/ref/', data: '/data/' } as const;

export async function buildPages(): Promise<void> {
  await build({
    root: here('..'),
    mode: 'bench',
    base: MOUNTS.app,
    logLevel: 'warn',
    build: { outDir: APP_DIST, emptyOutDir: true },
  });
  await build({
    configFile: here('./vite.reference.config.ts'),
    base: MOUNTS.reference,
  });
}

/** Writes districts.geojson and sites-<N>.geojson (deterministic, so rewriting is harmless). */
export function writeBenchData(sizes: readonly number[]): void {
  mkdirSync(DATA_DIR, { recursive: true });
  const text = readFileSync(here('../geo/districts.geojson'), 'utf8');
  writeFileSync(`${DATA_DIR}/districts.geojson`, text);
  const districts = JSON.parse(text) as DivisionCollection;
  for (const n of sizes)
    writeFileSync(`${DATA_DIR}/sites-${n}.geojson`, JSON.stringify(syntheticSites(districts, n)));
}
