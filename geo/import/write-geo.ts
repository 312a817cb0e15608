/**
 * The texts the import writes: geo/sites.geojson formatted exactly as the repository formats
 * it (Prettier with the repository's configuration, so the file stays `prettier --check`
 * clean and a run that changes nothing writes the same bytes), and geo/search-keys.json from
 * the search-keys builder of `npm run geo:build`.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import type { DistrictCollection, SiteCollection } from '../../src/lib/data/schema.ts';
import { buildSearchKeys, serialiseSearchKeys } from '../build/build-search-keys.ts';

/** Where Prettier's configuration is looked up: the repository's own geo/sites.geojson. */
const REPO_SITES_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'sites.geojson');

export async function formatSitesText(features: readonly unknown[]): Promise<string> {
  const options = (await prettier.resolveConfig(REPO_SITES_PATH)) ?? {};
  const json = JSON.stringify({ type: 'FeatureCollection', features }, null, 2);
  return prettier.format(json, { ...options, filepath: REPO_SITES_PATH });
}

/** Only for data check:data has passed: the collections are then what their types say. */
export function searchKeysText(districts: unknown, sites: unknown): string {
  return serialiseSearchKeys(
    buildSearchKeys(districts as DistrictCollection, sites as SiteCollection),
  );
}
