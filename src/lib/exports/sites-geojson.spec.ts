import { describe, expect, test } from 'vitest';
import { loadBundledData } from '../data/bundled.ts';
import { filterSites } from '../data/sites.ts';
import { sitesGeoJson } from './sites-geojson.ts';

const data = loadBundledData();

describe('sitesGeoJson', () => {
  test('a FeatureCollection of the given sites, unlocated ones with null geometry', () => {
    const parsed = JSON.parse(sitesGeoJson(data.sites.features));
    expect(parsed.type).toBe('FeatureCollection');
    expect(parsed.features.length).toBe(data.sites.features.length);
    const court = parsed.features.find(
      (f: { properties: { id: string } }) => f.properties.id === 'hohhot-intermediate-court',
    );
    expect(court.properties.name_zh).toBe('呼和浩特市中级人民法院');
    expect(parsed.features.some((f: { geometry: unknown }) => f.geometry === null)).toBe(true);
  });

  test('only the filtered sites', () => {
    const courts = filterSites(
      data.sites.features,
      { categories: ['court'], honourLevel: null },
      data.honours,
    );
    const parsed = JSON.parse(sitesGeoJson(courts));
    expect(parsed.features.map((f: { properties: { id: string } }) => f.properties.id)).toEqual([
      'hohhot-intermediate-court',
      'hohhot-ip-tribunal',
      'inner-mongolia-high-court',
      'tumd-left-court',
      'jinshan-tribunal',
      'shandai-tribunal',
      'saihan-court',
      'togtoh-court',
    ]);
    expect(parsed.metadata).toBeUndefined();
  });

  test('carries the data’s as-of date and its sources in the metadata', () => {
    const parsed = JSON.parse(
      sitesGeoJson(data.sites.features.slice(0, 1), {
        title: 'Hohhot rule-of-law map',
        data_as_of: '2025-11-18',
        sources: [{ id: 'a', title: 'T', publisher: null, date: null, url: null }],
      }),
    );
    expect(parsed.type).toBe('FeatureCollection');
    expect(parsed.metadata.data_as_of).toBe('2025-11-18');
    expect(parsed.metadata.sources).toHaveLength(1);
    expect(parsed.features).toHaveLength(1);
  });
});
