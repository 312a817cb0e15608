import { describe, expect, it } from 'vitest';
import { loadBundledData } from './bundled.ts';
import { cityWideGroups, courtsOf } from './city-wide.ts';

const { sites } = loadBundledData();

describe('cityWideGroups', () => {
  it('lists the city-wide courts: the intermediate court, its IP tribunal and the High Court', () => {
    const courts = cityWideGroups(sites.features).find((g) => g.category === 'court');
    expect(courts?.sites.map((s) => s.id)).toEqual([
      'hohhot-intermediate-court',
      'hohhot-ip-tribunal',
      'inner-mongolia-high-court',
    ]);
  });

  it('holds only city-wide sites, each once, in category order', () => {
    const groups = cityWideGroups(sites.features);
    const ids = groups.flatMap((g) => g.sites.map((s) => s.id));
    const expected = sites.features.filter((f) => f.properties.district === 'city');
    expect(ids.sort()).toEqual(expected.map((f) => f.properties.id).sort());
    expect(groups.every((g) => g.sites.every((s) => s.category === g.category))).toBe(true);
  });
});

describe('courtsOf', () => {
  it('土默特左旗: its court and two tribunals; 新城区: none named', () => {
    expect(courtsOf('150121', sites.features).map((s) => s.id)).toEqual([
      'tumd-left-court',
      'jinshan-tribunal',
      'shandai-tribunal',
    ]);
    expect(courtsOf('150102', sites.features)).toEqual([]);
  });
});
