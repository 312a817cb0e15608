import { describe, expect, test } from 'vitest';
import { translate } from '../i18n/translate.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { tableColumns } from './column-labels.ts';
import { sortOptionLabel, sortOptions } from './sort-options.ts';
import { sortFromLinkValue, type CompareSort } from './sort-keys.ts';

const columns = tableColumns(['court', 'community']);
const zh = (key: MessageKey, values?: Record<string, string | number>) =>
  translate('zh', key, values);
const en = (key: MessageKey, values?: Record<string, string | number>) =>
  translate('en', key, values);

describe('the sort select’s options', () => {
  test('code order first, then the name and every column, ascending then descending', () => {
    const values = sortOptions(columns).map((o) => o.value);
    expect(values.slice(0, 5)).toEqual(['', 'name', '-name', 'kind', '-kind']);
    expect(values).toContain('sites.court');
    expect(values).toContain('-sites.community');
    expect(values.slice(-2)).toEqual(['villages', '-villages']);
    expect(values).toHaveLength(1 + 2 * (1 + columns.length));
    expect(new Set(values).size).toBe(values.length);
  });

  test('each option’s value is the link’s sort= value of its sort', () => {
    for (const option of sortOptions(columns)) {
      expect(sortFromLinkValue(option.value)).toEqual(option.sort);
    }
  });

  test('a linked sort by a column not in the table is kept, so the select can show it', () => {
    const current: CompareSort = { key: 'sites.school', direction: 'descending' };
    const values = sortOptions(columns, current).map((o) => o.value);
    expect(values).toContain('-sites.school');
    expect(sortOptions(columns, { key: 'area', direction: 'ascending' })).toHaveLength(
      sortOptions(columns).length,
    );
  });
});

describe('option labels', () => {
  test('say which end comes first, in both languages', () => {
    expect(sortOptionLabel(null, zh)).toBe('默认（按区划代码）');
    expect(sortOptionLabel({ key: 'villages', direction: 'descending' }, zh)).toBe(
      '村（社区）：由多到少',
    );
    expect(sortOptionLabel({ key: 'area', direction: 'ascending' }, en)).toBe(
      'Area (km²): smallest first',
    );
    expect(sortOptionLabel({ key: 'name', direction: 'ascending' }, en)).toBe('Name: A–Z');
    expect(sortOptionLabel({ key: 'kind', direction: 'descending' }, zh)).toBe('类型：旗在前');
    expect(sortOptionLabel({ key: 'status', direction: 'ascending' }, en)).toBe(
      'Demonstration status: Region demonstration first',
    );
    expect(sortOptionLabel({ key: 'sites.court', direction: 'descending' }, zh)).toBe(
      '法院：由多到少',
    );
  });

  test('are distinct and leave no placeholder unfilled', () => {
    for (const t of [zh, en]) {
      const labels = sortOptions(columns).map((o) => sortOptionLabel(o.sort, t));
      expect(new Set(labels).size).toBe(labels.length);
      for (const label of labels) expect(label).not.toMatch(/[{}]/);
    }
  });
});
