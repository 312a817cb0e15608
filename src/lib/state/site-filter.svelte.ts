/**
 * The site filters: which categories are shown and the honour level a site must hold, and
 * the sites that pass them. Part of AppState (`app.filters`).
 */
import type { Honour, SiteFeature } from '../data/schema.ts';
import { countByCategory, filterSites, sitesIn, type SiteFilter } from '../data/sites.ts';
import { LEVELS, SITE_CATEGORIES, type Level, type SiteCategory } from '../data/vocab.ts';

export class SiteFilterState {
  readonly #sites: readonly SiteFeature[];
  readonly #honours: readonly Honour[];

  #categories = $state.raw<readonly SiteCategory[]>(SITE_CATEGORIES);
  #honourLevel = $state<Level | null>(null);

  constructor(sites: readonly SiteFeature[], honours: readonly Honour[]) {
    this.#sites = sites;
    this.#honours = honours;
  }

  /** The filter as plain data (a new object on each read), for the map and the data helpers. */
  get current(): SiteFilter {
    return { categories: this.#categories, honourLevel: this.#honourLevel };
  }

  get categories(): readonly SiteCategory[] {
    return this.#categories;
  }

  get honourLevel(): Level | null {
    return this.#honourLevel;
  }

  isCategoryShown(category: SiteCategory): boolean {
    return this.#categories.includes(category);
  }

  /** Show or hide one category (the shown ones stay in vocabulary order). */
  toggleCategory(category: SiteCategory): void {
    this.#categories = this.isCategoryShown(category)
      ? this.#categories.filter((c) => c !== category)
      : SITE_CATEGORIES.filter((c) => c === category || this.#categories.includes(c));
  }

  /** Show exactly these categories; unknown ones are ignored. */
  setCategories(categories: readonly string[]): void {
    this.#categories = SITE_CATEGORIES.filter((c) => categories.includes(c));
  }

  /** Only sites with an honour at this level; null or an unknown level: every site. */
  setHonourLevel(level: string | null): void {
    this.#honourLevel = (LEVELS as readonly string[]).includes(level ?? '')
      ? (level as Level)
      : null;
  }

  /** Sites that pass the filters. */
  readonly visibleSites = $derived.by(() => filterSites(this.#sites, this.current, this.#honours));

  /** Ids of the visible sites, for the map's filter expression. */
  readonly visibleSiteIds = $derived.by(() => this.visibleSites.map((f) => f.properties.id));

  /** Per-category counts for the legend (under the honour-level filter). */
  readonly categoryCounts = $derived.by(() =>
    countByCategory(this.#sites, this.current, this.#honours),
  );

  /** Visible sites of a division, and the visible city-wide ones. */
  visibleSitesOf(district: string): SiteFeature[] {
    return sitesIn(this.visibleSites, district);
  }
}
