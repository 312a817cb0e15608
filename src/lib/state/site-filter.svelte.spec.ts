import { describe, expect, test } from 'vitest';
import type { Honour, SiteFeature } from '../data/schema.ts';
import { SITE_CATEGORIES, type Level, type SiteCategory } from '../data/vocab.ts';
import { SiteFilterState } from './site-filter.svelte.ts';

/** Just the fields the filters read. */
function site(id: string, category: SiteCategory, district: string, honours: string[] = []) {
  return {
    type: 'Feature',
    geometry: null,
    properties: { id, category, district, honours },
  } as unknown as SiteFeature;
}

function honour(id: string, level: Level, holder: string) {
  return { id, level, holder } as unknown as Honour;
}

/** Two courts, a community with a national honour (listed on it), a hotline with a city one. */
function filters() {
  const sites = [
    site('court-a', 'court', '150102'),
    site('court-b', 'court', '150104'),
    site('qingquan', 'community', '150104', ['model-community']),
    site('hotline', 'hotline', 'city'),
  ];
  const honours = [
    honour('model-community', 'national', 'city'),
    honour('hotline-prize', 'city', 'hotline'),
  ];
  return new SiteFilterState(sites, honours);
}

const ids = (features: readonly SiteFeature[]) => features.map((f) => f.properties.id);

describe('SiteFilterState', () => {
  test('starts with every category shown and no honour level', () => {
    const state = filters();
    expect(state.categories).toEqual(SITE_CATEGORIES);
    expect(state.honourLevel).toBeNull();
    expect(state.current).toEqual({ categories: SITE_CATEGORIES, honourLevel: null });
    expect(state.visibleSiteIds).toEqual(['court-a', 'court-b', 'qingquan', 'hotline']);
  });

  test('toggling hides a category, and showing it again keeps the vocabulary order', () => {
    const state = filters();
    state.toggleCategory('court');
    expect(state.isCategoryShown('court')).toBe(false);
    expect(state.visibleSiteIds).toEqual(['qingquan', 'hotline']);
    state.toggleCategory('court');
    expect(state.categories).toEqual(SITE_CATEGORIES);
  });

  test('setCategories keeps known categories in vocabulary order', () => {
    const state = filters();
    state.setCategories(['hotline', '<script>', 'court']);
    expect(state.categories).toEqual(['court', 'hotline']);
  });

  test('an honour level keeps sites that hold one at that level; unknown levels clear it', () => {
    const state = filters();
    state.setHonourLevel('national');
    expect(state.visibleSiteIds).toEqual(['qingquan']);
    state.setHonourLevel('city');
    expect(state.visibleSiteIds).toEqual(['hotline']);
    state.setHonourLevel('galactic');
    expect(state.honourLevel).toBeNull();
    expect(state.visibleSites).toHaveLength(4);
  });

  test('category counts ignore the toggles but follow the honour level', () => {
    const state = filters();
    state.setCategories([]);
    expect(state.categoryCounts.court).toBe(2);
    state.setHonourLevel('national');
    expect(state.categoryCounts.court).toBe(0);
    expect(state.categoryCounts.community).toBe(1);
  });

  test('visibleSitesOf gives a division’s visible sites, or the city-wide ones', () => {
    const state = filters();
    expect(ids(state.visibleSitesOf('150104'))).toEqual(['court-b', 'qingquan']);
    expect(ids(state.visibleSitesOf('city'))).toEqual(['hotline']);
    state.toggleCategory('court');
    expect(ids(state.visibleSitesOf('150104'))).toEqual(['qingquan']);
  });
});
