/**
 * The city-wide bodies (sites of no single division: the intermediate court, the hotline…)
 * for the comparison's city-wide row: counted and named per category. Pure.
 */
import type { SiteFeature, SiteProperties } from './schema.ts';
import { CITY, SITE_CATEGORIES, type SiteCategory } from './vocab.ts';

export interface CityWideGroup {
  category: SiteCategory;
  sites: SiteProperties[];
}

/** City-wide sites by category, in the vocabulary's order; empty categories left out. */
export function cityWideGroups(sites: readonly SiteFeature[]): CityWideGroup[] {
  const cityWide = sites.map((f) => f.properties).filter((p) => p.district === CITY);
  return SITE_CATEGORIES.map((category) => ({
    category,
    sites: cityWide.filter((p) => p.category === category),
  })).filter((group) => group.sites.length > 0);
}

/** A division's courts: its basic court and tribunals (every one in the data, whatever the filters). */
export function courtsOf(district: string, sites: readonly SiteFeature[]): SiteProperties[] {
  return sites
    .map((f) => f.properties)
    .filter((p) => p.district === district && p.category === 'court');
}
