/** The data folder's texts as the import reads them, keyed by repo-relative path. */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readGeoFiles } from '../validate/validate-geo-dir.ts';

/** geo/search-keys.json: the validator does not read it, the import regenerates it. */
export const SEARCH_KEYS_FILE = 'geo/search-keys.json';

/** The validator's files and geo/search-keys.json (absent files are left out). */
export function readDataFiles(geoDir: string): Record<string, string> {
  const files = readGeoFiles(geoDir);
  const keys = join(geoDir, basename(SEARCH_KEYS_FILE));
  if (existsSync(keys)) files[SEARCH_KEYS_FILE] = readFileSync(keys, 'utf8');
  return files;
}
