/** The sites shown on the map (after the filters) as a GeoJSON file. */
import type { SiteFeature } from '../data/schema.ts';

/** What the file says about itself: how current the data is and where it comes from. */
export interface ExportMetadata {
  title: string;
  /** The newest date among the sources. */
  data_as_of: string | null;
  /** The documents the data cites: id, title, publisher, date, address. */
  sources: readonly {
    id: string;
    title: string;
    publisher: string | null;
    date: string | null;
    url: string | null;
  }[];
}

/**
 * A FeatureCollection (RFC 7946) of the sites, properties as in geo/sites.geojson, with a
 * `metadata` member (a foreign member, which GeoJSON readers keep or ignore). Sites without
 * a point keep their null geometry, which GeoJSON allows ("unlocated" features).
 */
export function sitesGeoJson(sites: readonly SiteFeature[], metadata?: ExportMetadata): string {
  const collection = {
    type: 'FeatureCollection',
    ...(metadata ? { metadata } : {}),
    features: sites,
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
