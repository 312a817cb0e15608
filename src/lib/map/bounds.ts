import type { FeatureCollection, Geometry, Position } from 'geojson';

export type Bounds = [[number, number], [number, number]];

/**
 * South-west and north-east corners of every position in `geometries`. Written out rather
 * than taken from turf's `bbox`, which brings its general coordinate walker (about 1 KB
 * gzip) onto the start path for these few lines.
 */
export function boundsOf(geometries: Iterable<Geometry | null>): Bounds {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (coordinates: unknown): void => {
    const list = coordinates as unknown[];
    if (typeof list[0] === 'number') {
      const [x, y] = list as Position;
      west = Math.min(west, x);
      east = Math.max(east, x);
      south = Math.min(south, y);
      north = Math.max(north, y);
    } else for (const item of list) visit(item);
  };
  for (const geometry of geometries) {
    if (!geometry) continue;
    if (geometry.type === 'GeometryCollection') {
      const [[w, s], [e, n]] = boundsOf(geometry.geometries);
      visit([
        [w, s],
        [e, n],
      ]);
    } else visit(geometry.coordinates);
  }
  return [
    [west, south],
    [east, north],
  ];
}

/** South-west and north-east corners of a collection, for `fitBounds`. */
export function collectionBounds(collection: FeatureCollection): Bounds {
  return boundsOf(collection.features.map((f) => f.geometry));
}
