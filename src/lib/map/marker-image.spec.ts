import { describe, expect, test } from 'vitest';
import { SITE_CATEGORIES } from '../data/vocab.ts';
import { CATEGORY_STYLE } from './categories.ts';
import { coverage, markerImage, selectionRingImage, shapeVertices } from './marker-image.ts';
import { styleImages } from './images.ts';

const alphaAt = (img: { width: number; data: Uint8Array }, x: number, y: number) =>
  img.data[(y * img.width + x) * 4 + 3];
const rgbAt = (img: { width: number; data: Uint8Array }, x: number, y: number) =>
  Array.from(img.data.slice((y * img.width + x) * 4, (y * img.width + x) * 4 + 3));

describe('marker images', () => {
  test('every category has its own colour and its own shape', () => {
    const styles = SITE_CATEGORIES.map((c) => CATEGORY_STYLE[c]);
    expect(new Set(styles.map((s) => s.colour)).size).toBe(styles.length);
    expect(new Set(styles.map((s) => s.shape)).size).toBe(styles.length);
  });

  test('a solid marker is coloured at its centre, a hollow one white', () => {
    const solid = markerImage({ shape: 'circle', colour: '#009e73', hollow: false, size: 32 });
    const hollow = markerImage({ shape: 'circle', colour: '#009e73', hollow: true, size: 32 });
    expect(rgbAt(solid, 16, 16)).toEqual([0, 158, 115]);
    expect(rgbAt(hollow, 16, 16)).toEqual([255, 255, 255]);
    expect(alphaAt(solid, 0, 0)).toBe(0);
  });

  test('shapes differ: a diamond leaves the corners empty that a square fills', () => {
    const square = markerImage({ shape: 'square', colour: '#cc79a7', hollow: false, size: 32 });
    const diamond = markerImage({ shape: 'diamond', colour: '#cc79a7', hollow: false, size: 32 });
    expect(alphaAt(square, 6, 6)).toBeGreaterThan(0);
    expect(alphaAt(diamond, 6, 6)).toBe(0);
  });

  test('the style’s images: hatch, ring, and a solid and hollow marker per category', () => {
    const ids = styleImages().map((i) => i.id);
    expect(ids).toHaveLength(2 + SITE_CATEGORIES.length * 2);
    expect(new Set(ids).size).toBe(ids.length);
    const ring = selectionRingImage(56);
    expect(alphaAt(ring, 28, 28)).toBe(0);
    expect(alphaAt(ring, 28, 4)).toBe(255);
  });
});

/** The plain statement of coverage: each sub-scanline's crossings, sorted, filled in pairs. */
function referenceCoverage(poly: [number, number][], size: number, subRows = 4): Float32Array {
  const out = new Float32Array(size * size);
  const toPx = (u: number) => ((u + 1) / 2) * size;
  for (let py = 0; py < size; py++) {
    for (let s = 0; s < subRows; s++) {
      const y = ((py + (s + 0.5) / subRows) / size) * 2 - 1;
      const xs: number[] = [];
      for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
        const [xi, yi] = poly[i];
        const [xj, yj] = poly[j];
        if (yi > y !== yj > y) xs.push(toPx(((xj - xi) * (y - yi)) / (yj - yi) + xi));
      }
      xs.sort((a, b) => a - b);
      for (let k = 0; k + 1 < xs.length; k += 2) {
        const [x0, x1] = [Math.max(0, xs[k]), Math.min(size, xs[k + 1])];
        for (let px = Math.floor(x0); px < Math.ceil(x1); px++) {
          const covered = Math.min(px + 1, x1) - Math.max(px, x0);
          if (covered > 0) out[py * size + px] += covered / subRows;
        }
      }
    }
  }
  return out;
}

describe('coverage', () => {
  test.each(['circle', 'square', 'diamond', 'triangle', 'pentagon', 'hexagon', 'star'] as const)(
    'agrees with the plain scanline statement for a %s, at every size and scale used',
    (shape) => {
      for (const scale of [0.92, 0.78, 0.42]) {
        const poly = shapeVertices(shape).map(([x, y]): [number, number] => [x * scale, y * scale]);
        for (const size of [32, 36]) {
          const fast = coverage(poly, size);
          const plain = referenceCoverage(poly, size);
          for (let p = 0; p < size * size; p++) expect(fast[p]).toBeCloseTo(plain[p], 9);
        }
      }
    },
  );

  test('a polygon larger than the image covers every pixel exactly once', () => {
    const cover = coverage(
      [
        [-2, -2],
        [2, -2],
        [2, 2],
        [-2, 2],
      ],
      8,
    );
    expect([...cover].every((c) => Math.abs(c - 1) < 1e-12)).toBe(true);
  });
});
