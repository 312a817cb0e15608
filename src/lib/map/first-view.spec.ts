import { describe, expect, test } from 'vitest';
import { TILE_SIZE, cameraViewBox, mercator } from './first-view.ts';

describe('mercator', () => {
  test('puts 0,0 in the middle of the world and keeps north up', () => {
    expect(mercator([0, 0])).toEqual([0.5, 0.5]);
    expect(mercator([180, 0])[0]).toBe(1);
    expect(mercator([111, 41])[1]).toBeLessThan(mercator([111, 40])[1]);
  });
});

describe('cameraViewBox', () => {
  const origin = mercator([110.5, 41.4]);
  test('centres the camera, and shows the box’s px at the camera’s zoom', () => {
    const box = cameraViewBox({ lon: 111.6, lat: 40.8, zoom: 9 }, origin, 9, 800, 400);
    const [cx, cy] = mercator([111.6, 40.8]);
    const world = TILE_SIZE * 2 ** 9;
    expect(box.x + box.width / 2).toBeCloseTo((cx - origin[0]) * world, 6);
    expect(box.y + box.height / 2).toBeCloseTo((cy - origin[1]) * world, 6);
    // At the unit's own zoom one unit is one px.
    expect([box.width, box.height]).toEqual([800, 400]);
  });

  test('a camera one zoom out shows twice as many units', () => {
    const box = cameraViewBox({ lon: 111.6, lat: 40.8, zoom: 8 }, origin, 9, 800, 400);
    expect([box.width, box.height]).toEqual([1600, 800]);
  });
});
