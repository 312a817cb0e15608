import { describe, expect, test } from 'vitest';
import { SITE_CATEGORIES } from '../data/vocab.ts';
import { CATEGORY_STYLE } from './categories.ts';
import { markerImage, selectionRingImage } from './marker-image.ts';
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
