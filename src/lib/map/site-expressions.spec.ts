import { describe, expect, test } from 'vitest';
import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import { SITE_CATEGORIES } from '../data/vocab.ts';
import {
  CLUSTER_KEYS,
  clusterImageExpression,
  clusterImageId,
  clusterProperties,
  clusterTotal,
  parseClusterImageId,
  siteHidden,
  visibleInCluster,
} from './site-expressions.ts';

/** Evaluate an expression against one feature's properties, as MapLibre would. */
function evaluate(expression: unknown, properties: Record<string, unknown>): unknown {
  const parsed = createExpression(expression, 'layers[0].layout.icon-image');
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom: 10 }, {
    type: 'Point',
    properties,
    geometry: [],
  } as never);
}

const cluster: Record<string, number> = {
  point_count: 5,
  court: 1,
  community: 2,
  community__national: 1,
  school: 2,
};
const counts = Object.fromEntries(CLUSTER_KEYS.map((k) => [k, cluster[k] ?? 0]));

describe('cluster counts', () => {
  test('cluster properties count each category and each category at each level', () => {
    const props = clusterProperties();
    expect(Object.keys(props)).toHaveLength(SITE_CATEGORIES.length * 4);
    expect(Object.keys(props).sort()).toEqual([...CLUSTER_KEYS].sort());
  });

  test('the badge’s image id, as MapLibre builds it, names the counts and parses back', () => {
    const id = evaluate(clusterImageExpression(), cluster) as string;
    expect(id).toBe(clusterImageId(counts));
    expect(id.startsWith('cluster:1,0,0,0,2,1,0,0,')).toBe(true);
    expect(parseClusterImageId(id)).toEqual(counts);
    expect(clusterTotal(counts)).toBe(5);
  });

  test('ids of another shape are refused', () => {
    for (const id of ['cluster:', 'cluster:5', `${clusterImageId(counts)},1`, 'label:x:y'])
      expect(parseClusterImageId(id), id).toBeNull();
    expect(
      parseClusterImageId(clusterImageId(counts).replace('cluster:1', 'cluster:x')),
    ).toBeNull();
  });

  test('a cluster shows the sum over the visible categories, at the honour level if any', () => {
    expect(
      visibleInCluster(counts, { categories: ['court', 'community'], honourLevel: null }),
    ).toBe(3);
    expect(visibleInCluster(counts, { categories: ['school'], honourLevel: null })).toBe(2);
    expect(visibleInCluster(counts, { categories: [], honourLevel: null })).toBe(0);
    expect(visibleInCluster(counts, { categories: ['community'], honourLevel: 'national' })).toBe(
      1,
    );
  });
});

describe('siteHidden', () => {
  const site = { category: 'community', lv_national: 1, lv_region: 0, lv_city: 0 } as const;
  test('hides a site whose category is off, or that lacks an honour at the chosen level', () => {
    expect(siteHidden(site, { categories: ['community'], honourLevel: null })).toBe(false);
    expect(siteHidden(site, { categories: ['court'], honourLevel: null })).toBe(true);
    expect(siteHidden(site, { categories: ['community'], honourLevel: 'national' })).toBe(false);
    expect(siteHidden(site, { categories: ['community'], honourLevel: 'region' })).toBe(true);
  });
});
