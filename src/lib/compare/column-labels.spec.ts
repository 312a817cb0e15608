import { describe, expect, test } from 'vitest';
import { STATUSES } from '../data/vocab.ts';
import { MESSAGES } from '../i18n/messages.ts';
import { columnLabelKey, isNumericColumn, tableColumns } from './column-labels.ts';

describe('table columns', () => {
  const columns = tableColumns(['community', 'supervision_office']);

  test('site categories sit between the honours and the total', () => {
    expect(columns).toEqual([
      'kind',
      'status',
      'honours',
      'sites.community',
      'sites.supervision_office',
      'sites',
      'area',
      'townships',
      'villages',
    ]);
  });

  test('every column and the name have a label in both languages', () => {
    for (const key of ['name' as const, ...columns]) {
      expect(MESSAGES.zh[columnLabelKey(key)], key).toBeTruthy();
      expect(MESSAGES.en[columnLabelKey(key)], key).toBeTruthy();
    }
    expect(columnLabelKey('sites.community')).toBe('category.community');
  });

  test('numbers are the counts and measures, not the words', () => {
    expect(columns.filter(isNumericColumn)).toEqual(columns.slice(3));
  });
});

describe('short status labels', () => {
  test('every status has one in both languages', () => {
    for (const lang of ['zh', 'en'] as const)
      for (const s of STATUSES) expect(MESSAGES[lang][`compare.status.${s}`], s).toBeTruthy();
  });
});
