import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { booleanClockwise, booleanPointInPolygon, distance } from '@turf/turf';
import {
  areaKm2,
  cleanRing,
  labelPoint,
  labelPointAwayFrom,
  seatClearanceKm,
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

describe('label points clear of the seat', () => {
  const square = {
    type: 'Polygon' as const,
    coordinates: [
      [
        [111, 40],
        [112, 40],
        [112, 41],
        [111, 41],
        [111, 40],
      ],
    ],
  };

  test('the clearance is 15 km, or 0.3 × √area in a small division', () => {
    expect(seatClearanceKm(2780)).toBe(15);
    expect(seatClearanceKm(176)).toBeCloseTo(3.98, 2);
  });

  test('a label far from the seat stays the pole of inaccessibility', () => {
    expect(labelPointAwayFrom(square, [111.05, 40.05], 15, [111.5, 40.5])).toEqual(
      labelPoint(square),
    );
  });

  test('a label on the seat moves 1 to 1.6 clearances away, on the side away from the centre', () => {
    const seat = labelPoint(square);
    const moved = labelPointAwayFrom(square, seat, 15, [111.9, 40.5]);
    const km = distance(seat, moved, { units: 'kilometers' });
    expect(km).toBeGreaterThanOrEqual(14.99);
    expect(km).toBeLessThanOrEqual(24.01);
    // West, within 90° of straight away from a centre due east (rounded to 6 decimals).
    expect(moved[0]).toBeLessThanOrEqual(seat[0]! + 0.001);
    expect(booleanPointInPolygon(moved, square)).toBe(true);
  });

  test('on the real data every division’s name keeps its clearance from its seat', () => {
    const districts = JSON.parse(readFileSync('geo/districts.geojson', 'utf8')) as {
      features: {
        properties: { code: string; seat: number[]; label: number[]; area_km2: number };
      }[];
    };
    for (const { properties: p } of districts.features) {
      expect(distance(p.seat, p.label, { units: 'kilometers' }), p.code).toBeGreaterThanOrEqual(
        seatClearanceKm(p.area_km2) - 0.05,
      );
    }
  });
});
