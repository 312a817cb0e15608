import { describe, expect, test } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { loadBundledData } from '../data/bundled.ts';
import { NO_FILTER } from '../data/sites.ts';
import { siteFilterSync } from './site-filter-apply.ts';
import { sitePoints } from './site-source.ts';

const data = loadBundledData();
const sites = sitePoints(data.sites.features, data.honours);

/** A map that records feature-state calls (the only calls `apply` makes without badges). */
function recordingMap() {
  const calls: [string, boolean][] = [];
  const map = {
    setFeatureState: (target: { id: string }, state: { hidden: boolean }) =>
      calls.push([target.id, state.hidden]),
    hasImage: () => false,
  } as unknown as MapLibreMap;
  return { map, calls };
}

const ids = (category: string) =>
  sites.features.filter((f) => f.properties.category === category).map((f) => f.properties.id);

describe('siteFilterSync.apply', () => {
  test('hides the sites the filter drops and shows them again, touching no other site', () => {
    const { map, calls } = recordingMap();
    const sync = siteFilterSync(map, 2);
    sync.apply(NO_FILTER, sites, false);
    expect(calls).toEqual([]);
    const noCommunities = {
      categories: NO_FILTER.categories.filter((c) => c !== 'community'),
      honourLevel: null,
    };
    sync.apply(noCommunities, sites, false);
    expect(ids('community').length).toBeGreaterThan(0);
    expect(calls.sort()).toEqual(
      ids('community')
        .map((id) => [id, true])
        .sort(),
    );
    calls.length = 0;
    sync.apply(noCommunities, sites, false);
    expect(calls).toEqual([]); // nothing changed, nothing sent
    sync.apply(NO_FILTER, sites, false);
    expect(calls.sort()).toEqual(
      ids('community')
        .map((id) => [id, false])
        .sort(),
    );
  });

  test('after a lost context comes back, every hidden site is set again', () => {
    const { map, calls } = recordingMap();
    const sync = siteFilterSync(map, 2);
    const onlyCourts = { categories: ['court' as const], honourLevel: null };
    sync.apply(onlyCourts, sites, false);
    const hidden = calls.length;
    expect(hidden).toBe(sites.features.length - ids('court').length);
    calls.length = 0;
    sync.apply(onlyCourts, sites, true);
    expect(calls).toHaveLength(hidden);
  });
});
