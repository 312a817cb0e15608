import {
  booleanIntersects,
  featureCollection,
  simplify,
  union,
  feature as turfFeature,
} from '@turf/turf';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { DIVISIONS, type DivisionKind, type NeighbourInfo } from './divisions.ts';
import {
  areaKm2,
  labelPoint,
  labelPointAwayFrom,
  seatClearanceKm,
  normaliseGeometry,
  polygonsOf,
  roundPosition,
  type Areal,
} from './geometry.ts';

/** A feature as it appears in the package's files. */
export interface SourceFeature {
  type: 'Feature';
  id?: string | number;
  properties: { name?: string; cp?: [number, number] } | null;
  geometry: Areal;
}

export interface DistrictProperties {
  code: string;
  name_zh: string;
  name_en: string;
  kind: DivisionKind;
  seat: Position;
  label: Position;
  area_km2: number;
  /** Codes of the divisions that share a border with this one (turf, from these shapes). */
  adjacent: string[];
  /** Townships/streets and villages/communities in the NBS 2023 codes (geo/communities.json). */
  townships?: number;
  villages?: number;
}

export interface ContextProperties {
  role: 'city' | 'neighbour';
  name_zh: string;
  name_en: string;
  label: Position;
}

/** The mean of the divisions' seats: the city's middle, where its names crowd. */
function seatsCentre(features: readonly SourceFeature[]): Position {
  const seats = features.flatMap((f) => (f.properties?.cp ? [f.properties.cp] : []));
  const mean = (i: 0 | 1) => seats.reduce((sum, p) => sum + p[i]!, 0) / Math.max(1, seats.length);
  return roundPosition([mean(0), mean(1)]);
}

/** Turn the package's nine Hohhot features into our districts, in code order. */
export function buildDistricts(
  source: FeatureCollection<Areal>,
  sourceName: string,
  counts: Record<string, { townships: number; villages: number }> = {},
): FeatureCollection<Areal, DistrictProperties> {
  const byCode = new Map<string, SourceFeature>();
  for (const f of source.features as SourceFeature[]) byCode.set(String(f.id), f);
  const centre = seatsCentre(source.features as SourceFeature[]);
  const features = DIVISIONS.map((d): Feature<Areal, DistrictProperties> => {
    const src = byCode.get(d.code);
    if (!src) throw new Error(`${sourceName}: no feature with id ${d.code} (${d.name_zh})`);
    if (src.properties?.name !== d.name_zh) {
      throw new Error(
        `${sourceName}: feature ${d.code} is named "${src.properties?.name}", expected "${d.name_zh}"`,
      );
    }
    const cp = src.properties.cp;
    if (!cp) throw new Error(`${sourceName}: feature ${d.code} has no cp (seat)`);
    const geometry = normaliseGeometry(src.geometry);
    const seat = roundPosition(cp);
    const areaKm = areaKm2(geometry);
    return {
      type: 'Feature',
      properties: {
        code: d.code,
        name_zh: d.name_zh,
        name_en: d.name_en,
        kind: d.kind,
        seat,
        label: labelPointAwayFrom(geometry, seat, seatClearanceKm(areaKm), centre),
        area_km2: areaKm,
        adjacent: [],
        ...counts[d.code],
      },
      geometry,
    };
  });
  for (const f of features) f.properties.adjacent = adjacentCodes(f, features);
  if (source.features.length !== DIVISIONS.length) {
    throw new Error(
      `${sourceName}: expected ${DIVISIONS.length} features, found ${source.features.length}`,
    );
  }
  return { type: 'FeatureCollection', features };
}

/** Divisions whose shapes touch or overlap this one's, in code order. */
export function adjacentCodes(
  feature: Feature<Areal, { code: string }>,
  all: readonly Feature<Areal, { code: string }>[],
): string[] {
  return all
    .filter((other) => other.properties.code !== feature.properties.code)
    .filter((other) => booleanIntersects(feature, other))
    .map((other) => other.properties.code);
}

/** Dissolve the divisions into the city outline (holes smaller than a grid cell are dropped). */
export function dissolveOutline(districts: FeatureCollection<Areal>): Areal {
  const merged = union(featureCollection(districts.features.map((f) => turfFeature(f.geometry))));
  if (!merged) throw new Error('union of the nine divisions is empty');
  const geometry = normaliseGeometry(merged.geometry);
  // Slivers from the source's quantisation can leave tiny holes; keep only real rings.
  const polys = polygonsOf(geometry)
    .map((rings) => [rings[0], ...rings.slice(1).filter((r) => Math.abs(ringAreaKm2(r)) > 1)])
    .filter((rings) => ringAreaKm2(rings[0]) > 1);
  return polys.length === 1
    ? { type: 'Polygon', coordinates: polys[0] }
    : { type: 'MultiPolygon', coordinates: polys };
}

function ringAreaKm2(ring: Position[]): number {
  return areaKm2({ type: 'Polygon', coordinates: [ring] });
}

export const NEIGHBOUR_TOLERANCE_DEG = 0.002;

/** The offline basemap's context: the city outline and the neighbouring prefectures. */
export function buildContext(
  districts: FeatureCollection<Areal>,
  neighbours: { info: NeighbourInfo; source: FeatureCollection<Areal> }[],
): FeatureCollection<Areal, ContextProperties> {
  const outline = dissolveOutline(districts);
  const features: Feature<Areal, ContextProperties>[] = [
    {
      type: 'Feature',
      properties: {
        role: 'city',
        name_zh: '呼和浩特市',
        name_en: 'Hohhot',
        label: labelPoint(outline),
      },
      geometry: outline,
    },
  ];
  for (const { info, source } of neighbours) {
    // Context only: simplified to ~200 m, which is below what the city-wide view shows.
    const simplified = simplify(turfFeature(source.features[0].geometry), {
      tolerance: NEIGHBOUR_TOLERANCE_DEG,
      highQuality: true,
    });
    const geometry = normaliseGeometry(simplified.geometry);
    features.push({
      type: 'Feature',
      properties: {
        role: 'neighbour',
        name_zh: info.name_zh,
        name_en: info.name_en,
        label: labelPoint(geometry),
      },
      geometry,
    });
  }
  return { type: 'FeatureCollection', features };
}

/** Stable text: one feature per line, so a diff shows which division changed. */
export function serialiseCollection(fc: FeatureCollection): string {
  const lines = fc.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
