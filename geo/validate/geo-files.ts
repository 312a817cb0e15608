/** The files under geo/ that the validator reads, keyed by their repo-relative path. */

export const GEO_FILES = {
  districts: 'geo/districts.geojson',
  context: 'geo/context.geojson',
  communities: 'geo/communities.json',
  sources: 'geo/sources.json',
  honours: 'geo/honours.json',
  sites: 'geo/sites.geojson',
  figures: 'geo/figures.json',
  events: 'geo/events.json',
} as const;

export type GeoFileKey = keyof typeof GEO_FILES;

/** communities.json is optional: without it, official codes are checked only by their digits. */
export const OPTIONAL_FILES: readonly GeoFileKey[] = ['communities'];

/** The files whose ids share one namespace (a reference names an item of any of them). */
export const ID_FILES = ['honours', 'sites', 'figures', 'events'] as const;
