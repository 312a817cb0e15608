import { describe, expect, test } from 'vitest';
import { loadBundledData } from './bundled.ts';
import { bearing, neighbourInDirection } from './adjacency.ts';

const districts = loadBundledData().districts.features.map((f) => f.properties);
const byCode = (code: string) => districts.find((d) => d.code === code)!;

describe('bearing', () => {
  test('north is 0°, east 90°, south 180°, west 270°', () => {
    expect(bearing([111, 40], [111, 41])).toBeCloseTo(0);
    expect(bearing([111, 40], [112, 40])).toBeCloseTo(90);
    expect(bearing([111, 40], [111, 39])).toBeCloseTo(180);
    expect(bearing([111, 40], [110, 40])).toBeCloseTo(270);
  });
});

describe('neighbourInDirection', () => {
  test('from 托克托县, down is 清水河县 and up is 土默特左旗', () => {
    expect(neighbourInDirection(byCode('150122'), 'down', districts)?.name_zh).toBe('清水河县');
    expect(neighbourInDirection(byCode('150122'), 'up', districts)?.name_zh).toBe('土默特左旗');
  });

  test('from 清水河县 there is no neighbour to the south', () => {
    expect(neighbourInDirection(byCode('150124'), 'down', districts)).toBeNull();
  });

  test('only neighbours sharing a border are reachable', () => {
    for (const d of districts) {
      for (const dir of ['up', 'down', 'left', 'right'] as const) {
        const next = neighbourInDirection(d, dir, districts);
        if (next) expect(d.adjacent).toContain(next.code);
      }
    }
  });
});
