/**
 * Part of npm run geo:build — pinyin search keys for the divisions and the sites, from the
 * maintained library pinyin-pro, written to geo/search-keys.json. The app bundles that small
 * file, so no pinyin dictionary reaches the browser. Deterministic: keys sorted, one entry per
 * line, re-running reproduces the file byte for byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinyin } from './place-pinyin.ts';
import type { DistrictCollection, SiteCollection } from '../../src/lib/data/schema.ts';
import type { PinyinKeys, SearchKeysFile } from '../../src/lib/search/search.ts';
import { searchKeys } from './communities.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const GEO_DIR = join(here, '..');
export const SEARCH_KEYS_PATH = join(GEO_DIR, 'search-keys.json');

/** Pinyin with tone marks, one syllable (or run of other characters) per word: yù quán qū. */
export function tonedPinyin(text: string): string {
  return pinyin(text, { type: 'array', nonZh: 'consecutive' })
    .map((syllable) => syllable.trim())
    .filter((syllable) => syllable !== '')
    .join(' ')
    .toLowerCase();
}

/** Toneless (`py`), toned (`pyt`) and initials (`pyi`) pinyin of a Chinese name. */
export function pinyinKeys(name: string): PinyinKeys {
  const { py, pyi } = searchKeys(name);
  return { py, pyt: tonedPinyin(name), pyi };
}

const byKey = <T>(entries: [string, T][]) =>
  Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** The geo/search-keys.json object: keys of every division (by code) and site (by id). */
export function buildSearchKeys(
  districts: DistrictCollection,
  sites: SiteCollection,
): SearchKeysFile {
  return {
    districts: byKey(
      districts.features.map(({ properties: p }) => [p.code, pinyinKeys(p.name_zh)]),
    ),
    sites: byKey(sites.features.map(({ properties: p }) => [p.id, pinyinKeys(p.name_zh)])),
  };
}

/** JSON with one division or site per line, so diffs stay readable. */
export function serialiseSearchKeys(file: SearchKeysFile): string {
  const section = (name: string, keys: Record<string, PinyinKeys>) =>
    `"${name}":{\n${Object.entries(keys)
      .map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`)
      .join(',\n')}\n}`;
  return `{\n${section('districts', file.districts)},\n${section('sites', file.sites)}\n}\n`;
}

const readGeo = <T>(name: string) => JSON.parse(readFileSync(join(GEO_DIR, name), 'utf8')) as T;

/** The text of geo/search-keys.json from geo/districts.geojson and geo/sites.geojson. */
export function buildSearchKeysFile(): string {
  return serialiseSearchKeys(
    buildSearchKeys(
      readGeo<DistrictCollection>('districts.geojson'),
      readGeo<SiteCollection>('sites.geojson'),
    ),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = buildSearchKeysFile();
  writeFileSync(SEARCH_KEYS_PATH, text);
  console.log(`wrote geo/search-keys.json (${Buffer.byteLength(text)} bytes)`);
}
