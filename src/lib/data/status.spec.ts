import { describe, expect, test } from 'vitest';
import { loadBundledData } from './bundled.ts';
import type { Honour } from './schema.ts';
import { countByStatus, deriveStatuses, honoursOf, statusOf } from './status.ts';
import { STATUSES } from './vocab.ts';

function honour(overrides: Partial<Honour>): Honour {
  return {
    id: 'x',
    name_zh: '示范',
    name_en: 'Demonstration',
    level: 'region',
    kind: 'demonstration',
    year: null,
    holder: '150104',
    awarding_body_zh: null,
    awarding_body_en: null,
    source: { doc: '000_09fb91975c380bb4', section: '政治引领强机制 法治护航新征程' },
    ...overrides,
  };
}

describe('status derived from honours', () => {
  test('a region demonstration title gives region_demonstration', () => {
    expect(statusOf('150104', [honour({})])).toBe('region_demonstration');
  });

  test('other honours, or titles held by others, give none_named', () => {
    expect(statusOf('150104', [honour({ kind: 'title' })])).toBe('none_named');
    expect(statusOf('150104', [honour({ holder: '150102' })])).toBe('none_named');
    expect(statusOf('150104', [honour({ holder: 'city' })])).toBe('none_named');
    expect(statusOf('150104', [])).toBe('none_named');
  });

  test('the real data: four divisions hold the title, five none named', () => {
    const statuses = deriveStatuses(loadBundledData().honours);
    const held = Object.entries(statuses)
      .filter(([, s]) => s === 'region_demonstration')
      .map(([code]) => code)
      .sort();
    expect(held).toEqual(['150102', '150104', '150105', '150122']);
    expect(countByStatus(statuses, STATUSES)).toEqual([
      { status: 'region_demonstration', count: 4 },
      { status: 'none_named', count: 5 },
    ]);
  });

  test('honoursOf lists a holder’s honours, newest first', () => {
    const list = honoursOf('city', [
      honour({ id: 'a', holder: 'city', year: 2020 }),
      honour({ id: 'b', holder: 'city', year: 2023 }),
      honour({ id: 'c', holder: '150102', year: 2024 }),
    ]);
    expect(list.map((h) => h.id)).toEqual(['b', 'a']);
  });
});
