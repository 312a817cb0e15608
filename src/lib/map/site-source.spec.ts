import { describe, expect, test } from 'vitest';
import { loadBundledData } from '../data/bundled.ts';
import { fanOffsets, sitePoints } from './site-source.ts';

const { sites, honours } = loadBundledData();

describe('sitePoints', () => {
  const points = sitePoints(sites.features, honours);

  test('only sites with a position become points (city-wide bodies stay off the map)', () => {
    const located = sites.features.filter((f) => f.geometry !== null);
    expect(points.features).toHaveLength(located.length);
    expect(points.features.map((f) => f.properties.id)).not.toContain('hotline-12345');
  });

  test('positions that are not surveyed are drawn hollow', () => {
    const qq = points.features.find((f) => f.properties.id === 'qingquanjie')!;
    expect(qq.properties.hollow).toBe(1);
  });

  test('sites sharing a position are fanned out with distinct offsets', () => {
    const atYuquanSeat = points.features.filter(
      (f) => f.geometry.coordinates.join() === '111.673881,40.753655',
    );
    expect(atYuquanSeat.length).toBeGreaterThan(1);
    const offsets = atYuquanSeat.map((f) => f.properties.offset.join());
    expect(new Set(offsets).size).toBe(offsets.length);
  });

  test('honour-level flags follow honours.json', () => {
    const qq = points.features.find((f) => f.properties.id === 'qingquanjie')!;
    expect(qq.properties).toMatchObject({ lv_national: 1, lv_region: 0, lv_city: 0 });
  });
});

describe('fanOffsets', () => {
  test('one point stays put; several sit on a circle', () => {
    expect(fanOffsets(1)).toEqual([[0, 0]]);
    const three = fanOffsets(3, 10);
    expect(three).toHaveLength(3);
    for (const [x, y] of three) expect(Math.hypot(x, y)).toBeCloseTo(12, 0);
  });

  test('neighbours on the circle are at least a marker apart, however many there are', () => {
    for (const n of [2, 3, 4, 5, 8]) {
      const offsets = fanOffsets(n);
      for (let i = 0; i < n; i++) {
        const [x1, y1] = offsets[i]!;
        const [x2, y2] = offsets[(i + 1) % n]!;
        expect(Math.hypot(x2 - x1, y2 - y1), `${n} markers`).toBeGreaterThanOrEqual(19.5);
      }
    }
  });
});
