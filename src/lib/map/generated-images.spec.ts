import { describe, expect, test } from 'vitest';
import {
  clusterRadius,
  labelImageExpression,
  labelImageId,
  parseImageId,
  wrapLines,
} from './generated-images.ts';
import { CLUSTER_KEYS, clusterImageId } from './site-expressions.ts';

describe('image ids', () => {
  test('a label or cluster id parses back to what it shows', () => {
    expect(parseImageId(labelImageId('district', '玉泉区'))).toEqual({
      kind: 'label',
      label: 'district',
      text: '玉泉区',
    });
    expect(parseImageId(labelImageId('neighbour', 'Baotou: City'))).toEqual({
      kind: 'label',
      label: 'neighbour',
      text: 'Baotou: City',
    });
    const counts = Object.fromEntries(CLUSTER_KEYS.map((k, i) => [k, i]));
    expect(parseImageId(clusterImageId(counts))).toEqual({ kind: 'cluster', counts });
  });

  test('ids this file does not make are refused', () => {
    for (const id of [
      'status-hatch',
      'cluster:',
      'cluster:12',
      'label:district:',
      'label:district:   ',
      'label:road:Main Street',
      'label::x',
      'label:district',
    ])
      expect(parseImageId(id), id).toBeNull();
  });

  test('the layer expressions build the same ids as the parser reads', () => {
    expect(labelImageExpression('district', 'en')).toEqual([
      'concat',
      'label:district:',
      ['get', 'name_en'],
    ]);
    expect(labelImageExpression('neighbour', 'zh')).toEqual([
      'concat',
      'label:neighbour:',
      ['get', 'name_zh'],
    ]);
  });
});

describe('clusterRadius', () => {
  test('grows linearly between the stops and is clamped outside them', () => {
    expect(clusterRadius(0)).toBe(13);
    expect(clusterRadius(2)).toBe(13);
    expect(clusterRadius(51)).toBeCloseTo(16.5, 9);
    expect(clusterRadius(100)).toBe(20);
    expect(clusterRadius(5050)).toBeCloseTo(25, 9);
    expect(clusterRadius(10_000)).toBe(30);
    expect(clusterRadius(1e6)).toBe(30);
  });
});

describe('wrapLines', () => {
  const width = (s: string) => s.length * 10;
  test('breaks at spaces so that no line is wider than the limit', () => {
    expect(wrapLines('Tumed Left Banner', 110, width)).toEqual(['Tumed Left', 'Banner']);
    expect(wrapLines('Yuquan District', 200, width)).toEqual(['Yuquan District']);
  });
  test('a word wider than the limit stays whole; text without spaces stays on one line', () => {
    expect(wrapLines('Qingshuihe County', 50, width)).toEqual(['Qingshuihe', 'County']);
    expect(wrapLines('和林格尔县', 20, width)).toEqual(['和林格尔县']);
    expect(wrapLines('  ', 20, width)).toEqual([]);
  });
});
