import { bbox } from '@turf/turf';
import { describe, expect, test } from 'vitest';
import { loadBundledData } from '../data/bundled.ts';
import { boundsOf, collectionBounds } from './bounds.ts';
import { geometryBounds } from './camera.ts';

const { districts } = loadBundledData();

describe('bounds', () => {
  test('equal turf’s bbox for the divisions, together and one by one', () => {
    const [w, s, e, n] = bbox(districts);
    expect(collectionBounds(districts)).toEqual([
      [w, s],
      [e, n],
    ]);
    for (const feature of districts.features) {
      const [fw, fs, fe, fn] = bbox(feature.geometry);
      expect(geometryBounds(feature.geometry)).toEqual([
        [fw, fs],
        [fe, fn],
      ]);
    }
  });

  test('take points, lines and collections, and skip null geometries', () => {
    expect(
      boundsOf([
        { type: 'Point', coordinates: [3, 4] },
        null,
        {
          type: 'GeometryCollection',
          geometries: [
            {
              type: 'LineString',
              coordinates: [
                [-1, 2],
                [5, -6],
              ],
            },
          ],
        },
      ]),
    ).toEqual([
      [-1, -6],
      [5, 4],
    ]);
  });
});
