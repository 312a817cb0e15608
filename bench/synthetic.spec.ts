import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { SITE_CATEGORIES } from '../src/lib/data/vocab.ts';
import { syntheticSites, type DivisionCollection } from './synthetic.ts';

const divisions = JSON.parse(
  readFileSync(new URL('../geo/districts.geojson', import.meta.url), 'utf8'),
) as DivisionCollection;

describe('syntheticSites', () => {
  it('gives the same sites for the same seed', () => {
    expect(syntheticSites(divisions, 200, 7)).toEqual(syntheticSites(divisions, 200, 7));
  });

  it('gives other sites for another seed', () => {
    expect(syntheticSites(divisions, 20, 7)).not.toEqual(syntheticSites(divisions, 20, 8));
  });

  it('puts every site inside the division it names', () => {
    const byCode = new Map(divisions.features.map((f) => [f.properties.code, f]));
    for (const site of syntheticSites(divisions, 500).features) {
      const division = byCode.get(site.properties.district);
      expect(division, site.properties.id).toBeDefined();
      expect(booleanPointInPolygon(site.geometry, division!), site.properties.id).toBe(true);
    }
  });

  it('uses every category and every division, even for ten sites', () => {
    const sites = syntheticSites(divisions, 10).features;
    expect(new Set(sites.map((s) => s.properties.category))).toEqual(new Set(SITE_CATEGORIES));
    expect(new Set(sites.map((s) => s.properties.district)).size).toBe(9);
  });

  it('gives unique ids', () => {
    const ids = syntheticSites(divisions, 1000).features.map((s) => s.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
