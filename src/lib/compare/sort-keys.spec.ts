import { describe, expect, test } from 'vitest';
import { SITE_CATEGORIES } from '../data/vocab.ts';
import { SORT_KEYS, nextSort, sortFromLinkValue, sortLinkValue } from './sort-keys.ts';

describe('sort keys', () => {
  test('one per column: the facts, then a count per site category', () => {
    expect(SORT_KEYS).toContain('name');
    expect(SORT_KEYS).toContain('villages');
    for (const category of SITE_CATEGORIES) expect(SORT_KEYS).toContain(`sites.${category}`);
    expect(new Set(SORT_KEYS).size).toBe(SORT_KEYS.length);
  });

  test('a header sorts ascending first, then flips; another header starts ascending', () => {
    const first = nextSort(null, 'area');
    expect(first).toEqual({ key: 'area', direction: 'ascending' });
    const second = nextSort(first, 'area');
    expect(second).toEqual({ key: 'area', direction: 'descending' });
    expect(nextSort(second, 'area')).toEqual({ key: 'area', direction: 'ascending' });
    expect(nextSort(second, 'name')).toEqual({ key: 'name', direction: 'ascending' });
  });

  test('a sort and its link value go both ways, for every key and direction', () => {
    expect(sortLinkValue(null)).toBe('');
    expect(sortLinkValue({ key: 'area', direction: 'ascending' })).toBe('area');
    expect(sortLinkValue({ key: 'villages', direction: 'descending' })).toBe('-villages');
    for (const key of SORT_KEYS) {
      for (const direction of ['ascending', 'descending'] as const) {
        expect(sortFromLinkValue(sortLinkValue({ key, direction }))).toEqual({ key, direction });
      }
    }
  });

  test('a link value that names no column is no sort', () => {
    for (const value of ['', '-', 'population', '--area', 'sites.', 'Area']) {
      expect(sortFromLinkValue(value)).toBeNull();
    }
  });
});
