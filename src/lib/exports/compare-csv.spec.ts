import { describe, expect, test } from 'vitest';
import { compareRows } from '../compare/compare-rows.ts';
import { loadBundledData } from '../data/bundled.ts';
import { translate } from '../i18n/translate.ts';
import { compareCsvTable } from './compare-csv.ts';
import { toCsv } from './csv.ts';

const data = loadBundledData();
const rows = compareRows({
  districts: data.districts.features.map((f) => f.properties),
  sites: data.sites.features,
  honours: data.honours,
});
const zh = compareCsvTable(rows, (key) => translate('zh', key), 'zh');

describe('compareCsvTable', () => {
  test('a header and nine rows with names in Chinese and English', () => {
    expect(zh.length).toBe(10);
    expect(zh[0].slice(0, 3)).toEqual(['区划代码', '名称（中文）', '名称（英文）']);
    expect(zh.slice(1).map((r) => r[1])).toContain('托克托县');
    expect(zh.slice(1).map((r) => r[2])).toContain('Togtoh County');
  });

  test('玉泉区’s row', () => {
    const header = zh[0];
    const row = zh.find((r) => r[0] === '150104')!;
    const cell = (label: string) => row[header.indexOf(label)];
    expect(cell('类型')).toBe('区');
    expect(cell('示范创建')).toBe('自治区法治政府建设示范旗县区');
    expect(cell('荣誉')).toBe('自治区法治政府建设示范旗县区 (自治区级, 年份未载明)');
    expect(cell('社区')).toBe(1);
    expect(cell('行政执法协调监督')).toBe(1);
    expect(cell('地点合计')).toBe(2);
    expect(cell('面积（平方千米）')).toBe(175.9);
    expect(cell('乡镇（街道）')).toBe(10);
    expect(cell('村（社区）')).toBe(134);
  });

  test('every row carries the data’s as-of date in the last column', () => {
    const dated = compareCsvTable(rows, (key) => translate('en', key), 'en', '2025-11-18');
    expect(dated[0].at(-1)).toBe('Data as of');
    for (const row of dated.slice(1)) expect(row.at(-1)).toBe('2025-11-18');
    expect(zh.slice(1).every((row) => row.at(-1) === '')).toBe(true);
  });

  test('every row has as many cells as the header', () => {
    for (const row of zh) expect(row.length).toBe(zh[0].length);
  });

  test('English headers and honour names', () => {
    const en = compareCsvTable(rows, (key) => translate('en', key), 'en');
    expect(en[0][1]).toBe('Name (Chinese)');
    const yuquan = en.find((r) => r[0] === '150104')!;
    expect(String(yuquan[5])).toContain('Autonomous region');
  });

  test('as a file: BOM, header and nine data lines', () => {
    const text = toCsv(zh);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.trimEnd().split('\r\n').length).toBe(10);
  });
});
