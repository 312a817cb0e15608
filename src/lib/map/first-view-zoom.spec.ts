import { describe, expect, test } from 'vitest';
import {
  HATCH_PERIOD,
  PICTURE_ZOOM,
  SVG_ZOOM,
  labelScale,
  pictureFits,
  zoomAttributes,
} from './first-view-zoom.ts';
import { LABEL_STYLES } from './generated-images.ts';

describe('labelScale', () => {
  test('follows the label layer: 0.75 at zoom 7 and below, 1 at 10 and above, linear between', () => {
    expect(labelScale(6)).toBe(0.75);
    expect(labelScale(7)).toBe(0.75);
    expect(labelScale(8.5)).toBeCloseTo(0.875, 9);
    expect(labelScale(10)).toBe(1);
    expect(labelScale(12)).toBe(1);
  });
});

describe('zoomAttributes', () => {
  test('at SVG_ZOOM one unit is one px: sizes are the map style’s', () => {
    const a = zoomAttributes(SVG_ZOOM);
    const s = labelScale(SVG_ZOOM);
    expect(Number(a.fontSize)).toBeCloseTo(LABEL_STYLES.district.size * s, 2);
    expect(Number(a.haloWidth)).toBeCloseTo(2 * LABEL_STYLES.district.haloWidth * s, 2);
    expect(Number(a.neighbourFontSize)).toBe(LABEL_STYLES.neighbour.size);
  });

  test('a zoom lower by one doubles the units, so the names keep their size on screen', () => {
    const a = zoomAttributes(8);
    expect(Number(a.neighbourFontSize)).toBe(2 * LABEL_STYLES.neighbour.size);
    expect(Number(a.fontSize)).toBeCloseTo(2 * LABEL_STYLES.district.size * labelScale(8), 2);
  });

  test('scales the hatch to its size at the whole zoom, as MapLibre draws patterns', () => {
    expect(zoomAttributes(8).hatchTransform).toBe('translate(0.00 0.00) scale(2)');
    expect(zoomAttributes(8.9).hatchTransform).toBe('translate(0.00 0.00) scale(2)');
    expect(zoomAttributes(7.2).hatchTransform).toBe('translate(0.00 0.00) scale(4)');
  });

  test('puts the stripes in phase with the world’s corner', () => {
    // An origin a quarter period (at SVG_ZOOM) right of the world's corner: the pattern
    // starts three quarters of a period in.
    const world = 512 * 2 ** SVG_ZOOM;
    const quarter = HATCH_PERIOD / 4 / world;
    const t = zoomAttributes(SVG_ZOOM, [quarter, 0]).hatchTransform;
    expect(t).toBe(`translate(${((HATCH_PERIOD * 3) / 4).toFixed(2)} 0.00) scale(1)`);
  });
});

describe('pictureFits', () => {
  test('within the picture’s whole zoom only, where MapLibre’s hatch has the picture’s size', () => {
    expect(pictureFits(PICTURE_ZOOM)).toBe(true);
    expect(pictureFits(Math.floor(PICTURE_ZOOM))).toBe(true);
    expect(pictureFits(Math.floor(PICTURE_ZOOM) + 0.99)).toBe(true);
    expect(pictureFits(Math.floor(PICTURE_ZOOM) + 1)).toBe(false);
    expect(pictureFits(Math.floor(PICTURE_ZOOM) - 0.01)).toBe(false);
  });
});
