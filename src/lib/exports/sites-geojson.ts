/** The sites shown on the map (after the filters) as a GeoJSON file. */
import type { SiteFeature } from '../data/schema.ts';

/**
 * A FeatureCollection (RFC 7946) of the sites, properties as in geo/sites.geojson. Sites
 * without a point keep their null geometry, which GeoJSON allows ("unlocated" features).
 */
export function sitesGeoJson(sites: readonly SiteFeature[]): string {
  return `${JSON.stringify({ type: 'FeatureCollection', features: sites }, null, 2)}\n`;
}
