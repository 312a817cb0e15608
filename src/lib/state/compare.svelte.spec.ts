import { describe, expect, test } from 'vitest';
import { ComparisonState, MAX_COMPARE } from './compare.svelte.ts';

describe('ComparisonState', () => {
  test('starts with nothing picked and no sort', () => {
    const comparison = new ComparisonState();
    expect(comparison.codes).toEqual([]);
    expect(comparison.sort).toBeNull();
  });

  test('set keeps known codes once each, in order, at most four', () => {
    const comparison = new ComparisonState();
    comparison.set(['150125', '<b>', '150104', '150125', '150102', '150105', '150121']);
    expect(comparison.codes).toEqual(['150125', '150104', '150102', '150105']);
    expect(comparison.codes).toHaveLength(MAX_COMPARE);
    comparison.set([]);
    expect(comparison.codes).toEqual([]);
  });

  test('toggle adds and removes; a fifth division and unknown codes are refused', () => {
    const comparison = new ComparisonState();
    comparison.toggle('150104');
    comparison.toggle('150102');
    expect(comparison.codes).toEqual(['150104', '150102']);
    comparison.toggle('150104');
    expect(comparison.codes).toEqual(['150102']);
    comparison.toggle('999999');
    expect(comparison.codes).toEqual(['150102']);
    comparison.set(['150102', '150103', '150104', '150105']);
    comparison.toggle('150121');
    expect(comparison.codes).toEqual(['150102', '150103', '150104', '150105']);
  });

  test('the sort keeps a known column and direction, refuses anything else', () => {
    const comparison = new ComparisonState();
    comparison.setSort({ key: 'villages', direction: 'descending' });
    expect(comparison.sort).toEqual({ key: 'villages', direction: 'descending' });
    comparison.setSort({ key: 'population', direction: 'ascending' } as never);
    comparison.setSort({ key: 'area', direction: 'sideways' } as never);
    expect(comparison.sort).toEqual({ key: 'villages', direction: 'descending' });
    comparison.setSort(null);
    expect(comparison.sort).toBeNull();
  });
});
