/**
 * Synthetic sites for the benchmark: deterministic (seeded), every point inside the division
 * it names, categories cycled over every site category. The properties are the bench data
 * contract's minimum (id, name_zh, name_en, category, district).
 */
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { SITE_CATEGORIES, type SiteCategory } from '../src/lib/data/vocab.ts';

export const SYNTHETIC_SEED = 20250601;

export interface BenchSiteProperties {
  id: string;
  name_zh: string;
  name_en: string;
  category: SiteCategory;
  district: string;
}

export type DivisionCollection = FeatureCollection<Polygon | MultiPolygon, { code: string }>;
export type BenchSiteCollection = FeatureCollection<Point, BenchSiteProperties>;

/** mulberry32: a small, fast 32-bit PRNG; the same seed gives the same sequence. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * `n` sites: site i lies in division i mod 9 (so every division has sites), at a point
 * rejection-sampled from that division's bounding box; category i mod 7.
 */
export function syntheticSites(
  divisions: DivisionCollection,
  n: number,
  seed = SYNTHETIC_SEED,
): BenchSiteCollection {
  const random = mulberry32(seed);
  const boxes = divisions.features.map((f) => bbox(f));
  const features: Feature<Point, BenchSiteProperties>[] = [];
  for (let i = 0; i < n; i++) {
    const d = i % divisions.features.length;
    const division = divisions.features[d];
    const [west, south, east, north] = boxes[d];
    let point: [number, number];
    do {
      point = [round6(west + random() * (east - west)), round6(south + random() * (north - south))];
    } while (!booleanPointInPolygon(point, division));
    features.push({
      type: 'Feature',
      properties: {
        id: `bench-site-${i}`,
        name_zh: `测试点${i}`,
        name_en: `Bench site ${i}`,
        category: SITE_CATEGORIES[i % SITE_CATEGORIES.length],
        district: division.properties.code,
      },
      geometry: { type: 'Point', coordinates: point },
    });
  }
  return { type: 'FeatureCollection', features };
}
