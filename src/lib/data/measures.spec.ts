import { describe, expect, test } from 'vitest';
import { loadBundledData } from './bundled.ts';
import { honourCount, measureValues, siteDensity } from './measures.ts';
import { binScale, sequentialBins } from '../map/sequential-scale.ts';
import { binRows } from '../components/legend-rows.ts';

const data = loadBundledData();
const districts = data.districts.features.map((f) => f.properties);
const yuquan = districts.find((d) => d.code === '150104')!;
const togtoh = districts.find((d) => d.code === '150122')!;

describe('measures, hand-checked for 玉泉区 and 托克托县', () => {
  test('honours: each holds its one demonstration title', () => {
    expect(honourCount('150104', data.honours)).toBe(1);
    expect(honourCount('150122', data.honours)).toBe(1);
    expect(honourCount('150125', data.honours)).toBe(0);
  });

  test('site density: 玉泉区 has 2 places on 175.9 km² → 11.37 per 1,000 km²', () => {
    expect(siteDensity(yuquan, data.sites.features)).toBe(11.37);
    // 托克托县: 2 places (its bureau and its court) on 1,406.1 km² → 1.42.
    expect(siteDensity(togtoh, data.sites.features)).toBe(1.42);
  });

  test('villages: from the NBS counts (134 and 137)', () => {
    const values = measureValues('villages', districts, data.sites.features, data.honours);
    expect(values['150104']).toBe(134);
    expect(values['150122']).toBe(137);
  });
});

describe('sequential bins', () => {
  test('few whole numbers get one class each', () => {
    const bins = sequentialBins([0, 1, 1, 0]);
    expect(bins.map((b) => [b.from, b.to])).toEqual([
      [0, 1],
      [1, 2],
    ]);
    const scale = binScale(bins);
    expect(scale(0)).toBe(bins[0].colour);
    expect(scale(1)).toBe(bins[1].colour);
  });

  test('spread values get nice equal intervals that cover the maximum', () => {
    const values = [68, 90, 106, 112, 134, 137, 160, 223, 360];
    const bins = sequentialBins(values);
    expect(bins[0].from).toBe(0);
    expect(bins[bins.length - 1].to).toBeGreaterThanOrEqual(360);
    const rows = binRows(bins, Object.fromEntries(values.map((v, i) => [String(i), v])));
    expect(rows.reduce((n, r) => n + r.count, 0)).toBe(values.length);
    const scale = binScale(bins);
    expect(scale(360)).toBe(bins[bins.length - 1].colour);
    expect(scale(68)).toBe(bins[0].colour);
  });
});
