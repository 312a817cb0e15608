import { describe, expect, test } from 'vitest';
import { TILE_SIZE, firstViewBox, mercator, viewTransform } from './first-view.ts';

const BOUNDS: [[number, number], [number, number]] = [
  [110.5, 39.6],
  [112.3, 41.4],
];

describe('mercator', () => {
  test('puts 0,0 in the middle of the world and keeps north up', () => {
    expect(mercator([0, 0])).toEqual([0.5, 0.5]);
    expect(mercator([180, 0])[0]).toBe(1);
    expect(mercator([111, 41])[1]).toBeLessThan(mercator([111, 40])[1]);
  });
});

describe('firstViewBox', () => {
  test('fits the bounds inside the padding and centres them, as fitBounds does', () => {
    const box = firstViewBox(BOUNDS, 1000, 600, 20, null);
    const [x0, y1] = mercator(BOUNDS[0]).map((v) => v * TILE_SIZE);
    const [x1, y0] = mercator(BOUNDS[1]).map((v) => v * TILE_SIZE);
    const [sx, sy, tx, ty] = viewTransform(box, 1000, 600);
    expect(sx).toBeCloseTo(sy, 9);
    // The tighter side (height here) touches the padding; the other is centred.
    expect(y0 * sy + ty).toBeCloseTo(20, 6);
    expect(y1 * sy + ty).toBeCloseTo(580, 6);
    expect((x0 * sx + tx + (x1 * sx + tx)) / 2).toBeCloseTo(500, 6);
  });

  test('a linked camera frames its centre at its zoom', () => {
    const box = firstViewBox(BOUNDS, 800, 400, 20, { lon: 111.6, lat: 40.8, zoom: 9 });
    const [sx, sy, tx, ty] = viewTransform(box, 800, 400);
    const [cx, cy] = mercator([111.6, 40.8]).map((v) => v * TILE_SIZE);
    expect(cx * sx + tx).toBeCloseTo(400, 6);
    expect(cy * sy + ty).toBeCloseTo(200, 6);
    expect(sx).toBeCloseTo(2 ** 9, 6);
  });
});

describe('viewTransform', () => {
  test('maps the box corners onto the surface corners', () => {
    const [sx, sy, tx, ty] = viewTransform({ x: 10, y: 20, width: 5, height: 2 }, 500, 100);
    expect([10 * sx + tx, 20 * sy + ty]).toEqual([0, 0]);
    expect([15 * sx + tx, 22 * sy + ty]).toEqual([500, 100]);
  });
});
