import { describe, expect, test } from 'vitest';
import { MESSAGES } from './messages.ts';
// The lazily loaded groups register themselves when imported, as their views do.
import { compareViewZh } from './messages-compare-view.ts';
import { sourcesViewZh } from './messages-sources-view.ts';
import { cityViewZh } from './messages-city-view.ts';
import { shareViewZh } from './messages-share-view.ts';
import { basemapViewZh } from './messages-basemap-view.ts';
import { panelsViewZh } from './messages-panels-view.ts';
import { formatNumber, localised, translate } from './translate.ts';
import { LEVELS, STATUSES } from '../data/vocab.ts';

describe('message catalogues', () => {
  test('zh and en have the same keys and no empty string', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.zh).sort());
    for (const catalogue of Object.values(MESSAGES)) {
      for (const [key, value] of Object.entries(catalogue)) {
        expect(value.trim(), key).not.toBe('');
      }
    }
  });

  test('the lazily loaded groups are registered in both languages', () => {
    for (const group of [
      compareViewZh,
      sourcesViewZh,
      cityViewZh,
      shareViewZh,
      basemapViewZh,
      panelsViewZh,
    ]) {
      for (const key of Object.keys(group)) {
        expect(MESSAGES.zh[key as keyof typeof MESSAGES.zh], key).toBeTruthy();
        expect(MESSAGES.en[key as keyof typeof MESSAGES.en], key).toBeTruthy();
      }
    }
  });

  test('every status and level has a label in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const s of STATUSES) expect(MESSAGES[lang][`status.${s}`]).toBeTruthy();
      for (const l of LEVELS) expect(MESSAGES[lang][`level.${l}`]).toBeTruthy();
    }
  });

  test('no message contains markup', () => {
    for (const catalogue of Object.values(MESSAGES)) {
      for (const value of Object.values(catalogue)) expect(value).not.toMatch(/<[a-z/]/i);
    }
  });
});

describe('translate', () => {
  test('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'legend.count', { count: 4 })).toBe('4 divisions');
    expect(translate('zh', 'legend.count', { count: 5 })).toBe('5 个旗县区');
    expect(translate('en', 'legend.count')).toBe('{count} divisions');
  });

  test('localised picks the field for the language', () => {
    const record = { name_zh: '玉泉区', name_en: 'Yuquan District' };
    expect(localised(record, 'name', 'zh')).toBe('玉泉区');
    expect(localised(record, 'name', 'en')).toBe('Yuquan District');
    expect(localised(record, 'title', 'en')).toBe('');
  });

  test('formatNumber groups thousands', () => {
    expect(formatNumber('en', 4677.8)).toBe('4,677.8');
    expect(formatNumber('zh', 1883)).toBe('1,883');
  });
});
