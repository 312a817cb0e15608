import type { Honour, SiteFeature, SiteProperties } from './schema.ts';
import { SITE_CATEGORIES, type Level, type SiteCategory } from './vocab.ts';

export interface SiteFilter {
  /** Categories shown; the others are hidden. */
  categories: readonly SiteCategory[];
  /** Only sites holding an honour at this level, or every site when null. */
  honourLevel: Level | null;
}

export const NO_FILTER: SiteFilter = { categories: SITE_CATEGORIES, honourLevel: null };

/** Whether a site holds at least one honour at `level`. */
export function holdsHonourAt(
  site: SiteProperties,
  level: Level,
  honours: readonly Honour[],
): boolean {
  return honours.some(
    (h) => h.level === level && (h.holder === site.id || site.honours.includes(h.id)),
  );
}

export function siteMatches(
  site: SiteProperties,
  filter: SiteFilter,
  honours: readonly Honour[],
): boolean {
  if (!filter.categories.includes(site.category)) return false;
  return filter.honourLevel === null || holdsHonourAt(site, filter.honourLevel, honours);
}

export function filterSites(
  sites: readonly SiteFeature[],
  filter: SiteFilter,
  honours: readonly Honour[],
): SiteFeature[] {
  return sites.filter((f) => siteMatches(f.properties, filter, honours));
}

/** Sites per category under the honour-level filter alone (so a hidden category still shows its count). */
export function countByCategory(
  sites: readonly SiteFeature[],
  filter: SiteFilter,
  honours: readonly Honour[],
): Record<SiteCategory, number> {
  const counts = Object.fromEntries(SITE_CATEGORIES.map((c) => [c, 0])) as Record<
    SiteCategory,
    number
  >;
  const levelOnly: SiteFilter = { categories: SITE_CATEGORIES, honourLevel: filter.honourLevel };
  for (const f of sites)
    if (siteMatches(f.properties, levelOnly, honours)) counts[f.properties.category] += 1;
  return counts;
}

/** Sites of a division (its own) and the city-wide ones (district `city`). */
export function sitesIn(sites: readonly SiteFeature[], district: string): SiteFeature[] {
  return sites.filter((f) => f.properties.district === district);
}
