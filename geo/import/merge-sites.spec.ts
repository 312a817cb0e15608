import { describe, expect, it } from 'vitest';
import { changedFields, mergeSites } from './merge-sites.ts';
import type { SiteFeatureJson } from './site-feature.ts';

const site = (id: string, extra: Record<string, unknown> = {}): SiteFeatureJson => ({
  type: 'Feature',
  properties: {
    id,
    name_zh: '甲',
    location: { precision: 'none', note_zh: '无', note_en: 'None.' },
    ...extra,
  },
  geometry: null,
});

describe('merging the sheet’s sites into today’s', () => {
  it('replaces the named ones in place, appends new ones, keeps the rest', () => {
    const today = [site('a'), site('b'), site('c')];
    const { features, changes } = mergeSites(
      today,
      [site('d'), site('b', { name_zh: '乙' })],
      false,
    );
    expect(features.map((f) => (f as SiteFeatureJson).properties.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(changes).toEqual([
      { kind: 'kept', id: 'a' },
      { kind: 'changed', id: 'b', fields: ['name_zh'] },
      { kind: 'kept', id: 'c' },
      { kind: 'added', id: 'd' },
    ]);
  });

  it('keeps today’s object when the sheet says the same, whatever the key order', () => {
    const today = site('a', { category: 'court' });
    const same: SiteFeatureJson = {
      type: 'Feature',
      properties: { category: 'court', ...today.properties },
      geometry: null,
    };
    const { features, changes } = mergeSites([today], [same], false);
    expect(features[0]).toBe(today);
    expect(changes).toEqual([{ kind: 'unchanged', id: 'a' }]);
  });

  it('with replace, removes the sites the sheet does not name, listed last', () => {
    const { features, changes } = mergeSites([site('a'), site('b')], [site('b')], true);
    expect(features).toHaveLength(1);
    expect(changes).toEqual([
      { kind: 'unchanged', id: 'b' },
      { kind: 'removed', id: 'a' },
    ]);
  });
});

describe('the fields that changed', () => {
  it('names location’s parts and the geometry', () => {
    const before = site('a');
    const after: SiteFeatureJson = {
      ...site('a', { location: { precision: 'exact', note_zh: '无', note_en: 'Surveyed.' } }),
      geometry: { type: 'Point', coordinates: [111.6, 40.8] },
    };
    expect(changedFields(before, after)).toEqual([
      'location.precision',
      'location.note_en',
      'geometry',
    ]);
  });
});
