import { describe, expect, test } from 'vitest';
import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import { SITE_CATEGORIES } from '../data/vocab.ts';
import { clusterCount, clusterProperties, pointFilter } from './site-expressions.ts';

/** Evaluate an expression against one feature's properties, as MapLibre would. */
function evaluate(expression: unknown, properties: Record<string, unknown>): unknown {
  const parsed = createExpression(expression, 'layers[0].filter');
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom: 10 }, {
    type: 'Point',
    properties,
    geometry: [],
  } as never);
}

const cluster = { point_count: 5, court: 1, community: 2, community__national: 1, school: 2 };

describe('site expressions', () => {
  test('cluster properties count each category and each category at each level', () => {
    const props = clusterProperties();
    expect(Object.keys(props)).toHaveLength(SITE_CATEGORIES.length * 4);
    expect(props).toHaveProperty('community__national');
  });

  test('a cluster’s count is the sum over the visible categories', () => {
    expect(
      evaluate(clusterCount({ categories: ['court', 'community'], honourLevel: null }), cluster),
    ).toBe(3);
    expect(evaluate(clusterCount({ categories: ['school'], honourLevel: null }), cluster)).toBe(2);
    expect(evaluate(clusterCount({ categories: [], honourLevel: null }), cluster)).toBe(0);
    expect(
      evaluate(clusterCount({ categories: ['community'], honourLevel: 'national' }), cluster),
    ).toBe(1);
  });

  test('the point filter keeps visible categories and the honour level', () => {
    const filter = pointFilter({ categories: ['community'], honourLevel: 'national' });
    expect(evaluate(filter, { category: 'community', lv_national: 1 })).toBe(true);
    expect(evaluate(filter, { category: 'community', lv_national: 0 })).toBe(false);
    expect(evaluate(filter, { category: 'court', lv_national: 1 })).toBe(false);
    expect(evaluate(filter, { category: 'community', lv_national: 1, point_count: 2 })).toBe(false);
  });
});
