import { describe, expect, test } from 'vitest';
import { loadBundledData } from './bundled.ts';
import { countByCategory, filterSites, NO_FILTER, sitesIn } from './sites.ts';
import { SITE_CATEGORIES } from './vocab.ts';

const { sites, honours } = loadBundledData();
const all = sites.features;

describe('site filters', () => {
  test('no filter keeps every site', () => {
    expect(filterSites(all, NO_FILTER, honours)).toHaveLength(all.length);
  });

  test('hiding a category removes exactly its sites', () => {
    const categories = SITE_CATEGORIES.filter((c) => c !== 'supervision_office');
    const kept = filterSites(all, { categories, honourLevel: null }, honours);
    expect(kept.every((f) => f.properties.category !== 'supervision_office')).toBe(true);
    expect(kept).toHaveLength(all.length - 10);
  });

  test('the national honour level keeps the hotline and 清泉街社区', () => {
    const kept = filterSites(
      all,
      { categories: SITE_CATEGORIES, honourLevel: 'national' },
      honours,
    );
    expect(kept.map((f) => f.properties.id).sort()).toEqual(['hotline-12345', 'qingquanjie']);
  });

  test('counts per category ignore the category toggles but follow the honour level', () => {
    const counts = countByCategory(all, { categories: [], honourLevel: null }, honours);
    expect(counts.supervision_office).toBe(10);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(all.length);
    const national = countByCategory(all, { categories: [], honourLevel: 'national' }, honours);
    expect(national.community).toBe(1);
    expect(national.supervision_office).toBe(0);
  });

  test('sitesIn picks a division’s own sites, or the city-wide ones', () => {
    expect(sitesIn(all, '150104').map((f) => f.properties.id)).toContain('qingquanjie');
    expect(sitesIn(all, 'city').every((f) => f.geometry === null)).toBe(true);
  });
});
