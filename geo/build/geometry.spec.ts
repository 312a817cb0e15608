import { describe, expect, test } from 'vitest';
import { booleanClockwise } from '@turf/turf';
import {
  areaKm2,
  cleanRing,
  labelPoint,
  largestPart,
  normaliseGeometry,
  roundPosition,
  signedArea,
} from './geometry.ts';

const clockwiseSquare = [
  [111, 40],
  [111, 40.1],
  [111.1, 40.1],
  [111.1, 40],
  [111, 40],
];

describe('geometry helpers', () => {
  test('roundPosition rounds to 6 decimals', () => {
    expect(roundPosition([111.12345678, 40.98765432])).toEqual([111.123457, 40.987654]);
  });

  test('cleanRing drops repeated vertices and closes the ring', () => {
    expect(
      cleanRing([
        [0, 0],
        [1, 0],
        [1, 0],
        [1, 1],
      ]),
    ).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ]);
  });

  test('signedArea is positive for counter-clockwise rings', () => {
    expect(signedArea(clockwiseSquare)).toBeLessThan(0);
    expect(signedArea([...clockwiseSquare].reverse())).toBeGreaterThan(0);
  });

  test('normaliseGeometry rewinds exteriors counter-clockwise and removes a spike', () => {
    const spiky = [
      [111, 40],
      [111, 40.1],
      [111.05, 40.1],
      [111.05, 40.3], // spike out…
      [111.05, 40.1], // …and back
      [111.1, 40.1],
      [111.1, 40],
      [111, 40],
    ];
    const result = normaliseGeometry({ type: 'Polygon', coordinates: [spiky] });
    expect(result.type).toBe('Polygon');
    const ring = (result.coordinates as number[][][])[0];
    expect(booleanClockwise(ring)).toBe(false);
    expect(ring.some(([, lat]) => lat > 40.2)).toBe(false);
  });

  test('largestPart and labelPoint pick the bigger polygon of a MultiPolygon', () => {
    const small = [
      [112, 40],
      [112.01, 40],
      [112.01, 40.01],
      [112, 40.01],
      [112, 40],
    ];
    const geometry = { type: 'MultiPolygon' as const, coordinates: [[small], [clockwiseSquare]] };
    expect(largestPart(geometry).coordinates[0]).toBe(clockwiseSquare);
    const [lon, lat] = labelPoint(geometry);
    expect(lon).toBeGreaterThan(111);
    expect(lon).toBeLessThan(111.1);
    expect(lat).toBeGreaterThan(40);
    expect(lat).toBeLessThan(40.1);
  });

  test('areaKm2 of a 0.1° square at 40°N is about 95 km²', () => {
    expect(areaKm2({ type: 'Polygon', coordinates: [clockwiseSquare] })).toBeCloseTo(94.9, 0);
  });
});
