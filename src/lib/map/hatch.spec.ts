import { describe, expect, test } from 'vitest';
import { hatchPattern } from './hatch.ts';

describe('hatchPattern', () => {
  test('is a square RGBA tile with stripes and gaps', () => {
    const { width, height, data } = hatchPattern(16, 3);
    expect(width).toBe(16);
    expect(height).toBe(16);
    expect(data).toHaveLength(16 * 16 * 4);
    const alphas = Array.from({ length: 256 }, (_, i) => data[i * 4 + 3]);
    const striped = alphas.filter((a) => a > 0).length;
    expect(striped).toBe(16 * 3);
  });

  test('tiles seamlessly: the right edge continues into the left edge', () => {
    const { data } = hatchPattern(16, 3);
    const on = (x: number, y: number) => data[((y % 16) * 16 + (x % 16)) * 4 + 3] > 0;
    for (let y = 0; y < 16; y++) expect(on(16, y)).toBe(on(0, y));
  });
});
