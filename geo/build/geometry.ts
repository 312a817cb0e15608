import {
  area,
  bearing,
  booleanPointInPolygon,
  destination,
  distance,
  lineString,
  pointToLineDistance,
  feature,
  featureCollection,
  multiPolygon,
  point,
  polygon,
  rewind,
  union,
} from '@turf/turf';
import polylabel from 'polylabel';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

export type Areal = Polygon | MultiPolygon;

/** Round a coordinate to `digits` decimals (6 ≈ 0.1 m, finer than the source's 1/1024°). */
export function roundPosition([lon, lat]: Position, digits = 6): Position {
  const f = 10 ** digits;
  return [Math.round(lon * f) / f, Math.round(lat * f) / f];
}

/** Drop consecutive repeated vertices and make sure the ring is closed. */
export function cleanRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push(first);
  return out;
}

/** Signed area (shoelace, planar degrees): positive for counter-clockwise rings. */
export function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return sum / 2;
}

/** The polygons of an areal geometry, as lists of rings. */
export function polygonsOf(geometry: Areal): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * Normalise a polygonal geometry to RFC 7946: coordinates rounded, then passed through a
 * polygon-clipping union with itself, which removes the spikes, self-touching loops and
 * collinear vertices that the source's 1/1024° quantisation leaves; exterior rings
 * counter-clockwise, holes clockwise.
 */
export function normaliseGeometry(geometry: Areal, digits = 6): Areal {
  const rounded = polygonsOf(geometry).map((rings) =>
    rings.map((ring) => cleanRing(ring.map((p) => roundPosition(p, digits)))),
  );
  const input: Feature<Areal> = rounded.length === 1 ? polygon(rounded[0]) : multiPolygon(rounded);
  const cleaned = union(featureCollection([feature(input.geometry), feature(input.geometry)]));
  if (!cleaned) throw new Error('geometry vanished while cleaning');
  const polys = polygonsOf(cleaned.geometry).map((rings) =>
    rings.map((ring) => cleanRing(ring.map((p) => roundPosition(p, digits)))),
  );
  const out: Feature<Areal> = polys.length === 1 ? polygon(polys[0]) : multiPolygon(polys);
  return (rewind(out, { mutate: true }) as Feature<Areal>).geometry;
}

/** The part with the largest area (the whole polygon for a Polygon). */
export function largestPart(geometry: Areal): Polygon {
  const parts = polygonsOf(geometry);
  let best = parts[0];
  let bestArea = -1;
  for (const rings of parts) {
    const a = area(polygon(rings));
    if (a > bestArea) {
      bestArea = a;
      best = rings;
    }
  }
  return { type: 'Polygon', coordinates: best };
}

/**
 * One label position inside the division's largest part: the pole of inaccessibility
 * (the interior point farthest from the edge), rounded to 6 decimals.
 */
export function labelPoint(geometry: Areal): Position {
  const part = largestPart(geometry);
  const [lon, lat] = polylabel(part.coordinates as [number, number][][], 0.0005);
  const p = roundPosition([lon, lat]);
  if (!booleanPointInPolygon(point(p), part)) {
    throw new Error(`label point ${p.join(',')} fell outside its polygon`);
  }
  return p;
}

/**
 * How far (km) a division's name keeps from its seat, where the markers of the places the
 * sources locate only by their division sit: 15 km, or less in a small division (0.3 × the
 * square root of its area, so the name stays well inside it).
 */
export function seatClearanceKm(areaKm: number): number {
  return Math.min(15, 0.3 * Math.sqrt(areaKm));
}

/**
 * A label point that keeps clear of the seat: the pole of inaccessibility of the largest part,
 * or, when that lies within `clearanceKm` of the seat, the point deepest inside the part
 * (farthest from its edge) among those 1 to 1.6 clearances from the seat on the side away
 * from `centre` (the city's middle, where the other names crowd), within 90° of straight away.
 */
export function labelPointAwayFrom(
  geometry: Areal,
  seat: Position,
  clearanceKm: number,
  centre: Position,
): Position {
  const label = labelPoint(geometry);
  if (distance(label, seat, { units: 'kilometers' }) >= clearanceKm) return label;
  const part = largestPart(geometry);
  const rings = part.coordinates.map((ring) => lineString(ring));
  const away = bearing(centre, seat);
  let best: { position: Position; depth: number } | null = null;
  for (const turn of [0, 15, -15, 30, -30, 45, -45, 60, -60, 75, -75, 90, -90]) {
    for (const reach of [1, 1.3, 1.6]) {
      const position = roundPosition(
        destination(seat, clearanceKm * reach, away + turn, { units: 'kilometers' }).geometry
          .coordinates,
      );
      if (!booleanPointInPolygon(point(position), part)) continue;
      const depth = Math.min(
        ...rings.map((ring) => pointToLineDistance(point(position), ring, { units: 'kilometers' })),
      );
      if (!best || depth > best.depth + 1e-9) best = { position, depth };
    }
  }
  return best?.position ?? label;
}

/** Geodesic area in square kilometres, rounded to 0.1 km². */
export function areaKm2(geometry: Areal): number {
  return Math.round(area(geometry) / 1e5) / 10;
}
