import { describe, expect, test } from 'vitest';
import { loadBundledData } from '../data/bundled.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { translate } from '../i18n/translate.ts';
import { compareRows } from './compare-rows.ts';
import { factText, figureText } from './fact-text.ts';

const data = loadBundledData();
const rows = compareRows({
  districts: data.districts.features.map((f) => f.properties),
  sites: data.sites.features,
  honours: data.honours,
});
const yuquan = rows.find((r) => r.code === '150104')!;
const t = (lang: 'zh' | 'en') => (key: MessageKey, values?: Record<string, string | number>) =>
  translate(lang, key, values);

describe('factText', () => {
  test('a kind or status by its label, a number grouped, an unknown as a dash', () => {
    expect(factText('kind', 'county', 'zh', t('zh'))).toBe('县');
    expect(factText('status', 'none_named', 'en', t('en'))).toBe(
      translate('en', 'status.none_named'),
    );
    expect(factText('area', 1406.1, 'en', t('en'))).toBe('1,406.1');
    expect(factText('townships', null, 'zh', t('zh'))).toBe('—');
  });
});

describe('figureText', () => {
  test('a division’s column as the table prints it', () => {
    expect(figureText(yuquan, 'area', 'zh')).toBe('175.9');
    expect(figureText(yuquan, 'villages', 'en')).toBe('134');
    expect(figureText(yuquan, 'sites.community', 'zh')).toBe('1');
  });
});
