/**
 * Bench sites (the contract's minimum: id, name_zh, name_en, category, district) made into
 * the app's site features, with empty facts and honours and an exact location.
 */
import type { Feature, Point } from 'geojson';
import type { SiteCollection, SiteFeature } from '../lib/data/schema.ts';
import { SITE_CATEGORIES, type SiteCategory } from '../lib/data/vocab.ts';

/** Contract categories that the app names differently. */
const CATEGORY_ALIASES: Record<string, SiteCategory> = { service: 'service_hall' };

export function benchCategory(value: unknown): SiteCategory {
  const name = String(value);
  const category = CATEGORY_ALIASES[name] ?? name;
  if (!(SITE_CATEGORIES as readonly string[]).includes(category))
    throw new Error(`bench: unknown site category ${name}`);
  return category as SiteCategory;
}

type BenchFeature = Feature<Point, Record<string, unknown>>;

function siteFeature({ properties: p, geometry }: BenchFeature): SiteFeature {
  const name_zh = String(p.name_zh);
  const name_en = String(p.name_en);
  return {
    type: 'Feature',
    properties: {
      id: String(p.id),
      name_zh,
      name_en,
      category: benchCategory(p.category),
      district: String(p.district) as SiteFeature['properties']['district'],
      summary_zh: name_zh,
      summary_en: name_en,
      facts: [],
      honours: [],
      location: { precision: 'exact', note_zh: '合成数据', note_en: 'Synthetic data' },
      source: { doc: '000_09fb91975c380bb4', section: '导语' },
    },
    geometry: { type: 'Point', coordinates: [geometry.coordinates[0], geometry.coordinates[1]] },
  };
}

export function benchSiteCollection(collection: unknown): SiteCollection {
  const features = (collection as { features: BenchFeature[] }).features;
  return { type: 'FeatureCollection', features: features.map(siteFeature) };
}
