import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Honour, SiteFeature } from '../data/schema.ts';
import { LEVELS, type Level, type SiteCategory } from '../data/vocab.ts';

export interface SitePointProperties {
  id: string;
  name_zh: string;
  name_en: string;
  category: SiteCategory;
  /** 1 when the position is not surveyed (approximate or a division seat): drawn hollow. */
  hollow: 0 | 1;
  /** Screen offset in pixels that fans out sites sharing one position. */
  offset: [number, number];
  /** 1 when the site holds an honour at that level (for the honour-level filter). */
  lv_national: 0 | 1;
  lv_region: 0 | 1;
  lv_city: 0 | 1;
}

/** A marker's width on screen (its 36 px image drawn at pixel ratio 2), plus a 2 px gap. */
const MARKER_SPACING = 20;

/**
 * Offsets (px) that fan `n` markers sharing one point around a small circle, wide enough
 * that neighbours do not overlap (four markers at one division seat need 15 px, not 11).
 */
export function fanOffsets(n: number, minRadius = 11): [number, number][] {
  if (n <= 1) return [[0, 0]];
  const radius = Math.max(minRadius, Math.ceil(MARKER_SPACING / 2 / Math.sin(Math.PI / n)));
  return Array.from({ length: n }, (_, i) => {
    const a = -Math.PI / 2 + (i * 2 * Math.PI) / n;
    return [Math.round(radius * Math.cos(a) * 10) / 10, Math.round(radius * Math.sin(a) * 10) / 10];
  });
}

/**
 * The map's site points: only sites that have a position (city-wide bodies have none and
 * are listed in the panels instead), with the few properties the layers need.
 */
export function sitePoints(
  sites: readonly SiteFeature[],
  honours: readonly Honour[],
): FeatureCollection<Point, SitePointProperties> {
  const located = sites.filter(
    (f): f is SiteFeature & { geometry: NonNullable<SiteFeature['geometry']> } =>
      f.geometry !== null,
  );
  const groups = new Map<string, number>();
  for (const f of located) {
    const key = f.geometry.coordinates.join(',');
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  const seen = new Map<string, number>();
  const levelsOf = (f: SiteFeature): Set<Level> =>
    new Set(
      honours
        .filter((h) => h.holder === f.properties.id || f.properties.honours.includes(h.id))
        .map((h) => h.level),
    );
  return {
    type: 'FeatureCollection',
    features: located.map((f): Feature<Point, SitePointProperties> => {
      const key = f.geometry.coordinates.join(',');
      const index = seen.get(key) ?? 0;
      seen.set(key, index + 1);
      const levels = levelsOf(f);
      const flag = (l: Level): 0 | 1 => (levels.has(l) ? 1 : 0);
      const p = f.properties;
      return {
        type: 'Feature',
        properties: {
          id: p.id,
          name_zh: p.name_zh,
          name_en: p.name_en,
          category: p.category,
          hollow: p.location.precision === 'exact' ? 0 : 1,
          offset: fanOffsets(groups.get(key) ?? 1)[index],
          lv_national: flag('national'),
          lv_region: flag('region'),
          lv_city: flag('city'),
        },
        geometry: {
          type: 'Point',
          coordinates: [f.geometry.coordinates[0], f.geometry.coordinates[1]],
        },
      };
    }),
  };
}

export { LEVELS };
