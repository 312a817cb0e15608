/** The nine divisions as the geometry checks need them: name, seat, shape, and the city's box. */
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { z } from 'zod';
import { arealGeometry, districtCode } from '../../src/lib/data/schema.ts';

const lonLat = z.tuple([z.number(), z.number()]);

/** Only what the geometry checks read; the full schema is checked elsewhere. */
const usableDivision = z.object({
  type: z.literal('Feature'),
  properties: z.object({ code: districtCode, name_zh: z.string(), seat: lonLat }),
  geometry: arealGeometry,
});

export interface Division {
  code: string;
  name_zh: string;
  seat: readonly [number, number];
  feature: Feature<Polygon | MultiPolygon>;
}

export interface DivisionIndex {
  byCode: ReadonlyMap<string, Division>;
  /** [west, south, east, north] of all divisions. */
  bounds: readonly [number, number, number, number];
}

/**
 * Index every feature whose code, name, seat and shape are usable, even if another field
 * fails the schema: the sites are still checked against it (the feature's own error says
 * what else is wrong). The first feature of a code wins.
 */
export function indexDivisions(features: readonly unknown[]): DivisionIndex | undefined {
  const byCode = new Map<string, Division>();
  for (const value of features) {
    const result = usableDivision.safeParse(value);
    if (!result.success || byCode.has(result.data.properties.code)) continue;
    const { properties, geometry } = result.data;
    byCode.set(properties.code, {
      code: properties.code,
      name_zh: properties.name_zh,
      seat: properties.seat,
      feature: { type: 'Feature', properties: {}, geometry },
    });
  }
  if (byCode.size === 0) return undefined;
  const boxes = [...byCode.values()].map((division) => bbox(division.feature));
  const bounds = [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ] as const;
  return { byCode, bounds };
}

export function divisionContaining(
  index: DivisionIndex,
  point: readonly [number, number],
): Division | undefined {
  for (const division of index.byCode.values()) {
    if (booleanPointInPolygon([point[0], point[1]], division.feature)) return division;
  }
  return undefined;
}

export function isInBounds(index: DivisionIndex, [lon, lat]: readonly [number, number]): boolean {
  const [west, south, east, north] = index.bounds;
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

export function describeDivision(division: Division): string {
  return `${division.code} ${division.name_zh}`;
}
