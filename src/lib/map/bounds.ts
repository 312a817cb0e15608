import { bbox } from '@turf/turf';
import type { FeatureCollection } from 'geojson';

export type Bounds = [[number, number], [number, number]];

/** South-west and north-east corners of a collection, for `fitBounds`. */
export function collectionBounds(collection: FeatureCollection): Bounds {
  const [west, south, east, north] = bbox(collection);
  return [
    [west, south],
    [east, north],
  ];
}
