import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { area, booleanClockwise, booleanPointInPolygon, kinks, point, polygon } from '@turf/turf';
import type { Position } from 'geojson';
import { buildGeoFiles, GEO_DIR } from './build-geo.ts';
import { buildDistricts } from './build-geo-data.ts';
import { largestPart, polygonsOf, type Areal } from './geometry.ts';
import { DISTRICT_CODES } from '../../src/lib/data/vocab.ts';

interface Districts {
  features: {
    properties: Record<string, unknown> & { code: string; label: Position; area_km2: number };
    geometry: Areal;
  }[];
}

const districtsText = readFileSync(join(GEO_DIR, 'districts.geojson'), 'utf8');
const contextText = readFileSync(join(GEO_DIR, 'context.geojson'), 'utf8');
const districts = JSON.parse(districtsText) as Districts;
const context = JSON.parse(contextText) as Districts;

describe('geo:build', () => {
  test('re-running the script reproduces the committed files byte for byte', () => {
    const built = buildGeoFiles();
    expect(built.districts).toBe(districtsText);
    expect(built.context).toBe(contextText);
  });

  test('nine features, one per division code, in code order', () => {
    expect(districts.features.map((f) => f.properties.code)).toEqual([...DISTRICT_CODES]);
  });

  test('every feature has the documented properties', () => {
    for (const { properties } of districts.features) {
      expect(Object.keys(properties).sort()).toEqual(
        [
          'adjacent',
          'area_km2',
          'code',
          'kind',
          'label',
          'name_en',
          'name_zh',
          'seat',
          'townships',
          'villages',
        ].sort(),
      );
    }
    const yuquan = districts.features.find((f) => f.properties.code === '150104')!;
    expect(yuquan.properties).toMatchObject({
      name_zh: '玉泉区',
      name_en: 'Yuquan District',
      kind: 'district',
      seat: [111.673881, 40.753655],
    });
    const tumed = districts.features.find((f) => f.properties.code === '150121')!;
    expect(tumed.properties).toMatchObject({ name_en: 'Tumed Left Banner', kind: 'banner' });
  });

  test('adjacency is symmetric and matches the map: 玉泉区 borders 回民区, 赛罕区 and 土默特左旗', () => {
    const adjacent = new Map(
      districts.features.map((f) => [f.properties.code, f.properties.adjacent as string[]]),
    );
    for (const [code, list] of adjacent) {
      for (const other of list) expect(adjacent.get(other), `${other} -> ${code}`).toContain(code);
    }
    expect(adjacent.get('150104')).toEqual(expect.arrayContaining(['150103', '150105', '150121']));
    expect(adjacent.get('150124')).not.toContain('150125'); // 清水河县 and 武川县 are far apart
  });

  test('coordinates are WGS84 lon/lat with at most 6 decimals', () => {
    for (const f of districts.features) {
      for (const rings of polygonsOf(f.geometry)) {
        for (const ring of rings) {
          for (const [lon, lat] of ring) {
            expect(lon).toBeGreaterThan(110);
            expect(lon).toBeLessThan(113);
            expect(lat).toBeGreaterThan(39);
            expect(lat).toBeLessThan(42);
            expect(Math.round(lon * 1e6) / 1e6).toBe(lon);
            expect(Math.round(lat * 1e6) / 1e6).toBe(lat);
          }
        }
      }
    }
  });

  test('rings are closed, exteriors counter-clockwise, holes clockwise, with no self-intersection', () => {
    for (const f of [...districts.features, ...context.features]) {
      for (const rings of polygonsOf(f.geometry)) {
        rings.forEach((ring, index) => {
          expect(ring[0]).toEqual(ring[ring.length - 1]);
          expect(booleanClockwise(ring)).toBe(index > 0);
          expect(kinks(polygon([ring])).features).toEqual([]);
        });
      }
    }
  });

  test('each label point lies inside its division’s largest part', () => {
    for (const f of districts.features) {
      expect(booleanPointInPolygon(point(f.properties.label), largestPart(f.geometry))).toBe(true);
    }
  });

  test('areas are positive and sum to the city outline’s area within 1%', () => {
    const outline = context.features.find((f) => f.properties.role === 'city')!;
    const sum = districts.features.reduce((total, f) => total + f.properties.area_km2, 0);
    for (const f of districts.features) expect(f.properties.area_km2).toBeGreaterThan(0);
    const outlineKm2 = area(outline.geometry) / 1e6;
    expect(Math.abs(sum - outlineKm2) / outlineKm2).toBeLessThan(0.01);
  });

  test('the context layer holds the city outline and the five neighbouring prefectures', () => {
    expect(context.features.map((f) => f.properties.name_en)).toEqual([
      'Hohhot',
      'Baotou',
      'Ulanqab',
      'Ordos',
      'Xinzhou',
      'Shuozhou',
    ]);
  });
});

describe('buildDistricts on bad input', () => {
  const square: Areal = {
    type: 'Polygon',
    coordinates: [
      [
        [111, 40],
        [111.1, 40],
        [111.1, 40.1],
        [111, 40.1],
        [111, 40],
      ],
    ],
  };

  test('a missing division is named', () => {
    expect(() =>
      buildDistricts({ type: 'FeatureCollection', features: [] }, 'test.geojson'),
    ).toThrow('test.geojson: no feature with id 150102 (新城区)');
  });

  test('a renamed division is caught', () => {
    const features = DISTRICT_CODES.map((code) => ({
      type: 'Feature' as const,
      id: code,
      properties: { name: code === '150102' ? '旧城区' : 'x', cp: [111, 40] },
      geometry: square,
    }));
    expect(() =>
      buildDistricts({ type: 'FeatureCollection', features } as never, 'test.geojson'),
    ).toThrow('test.geojson: feature 150102 is named "旧城区", expected "新城区"');
  });
});
