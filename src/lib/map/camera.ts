import type { Geometry } from 'geojson';
import { boundsOf, type Bounds } from './bounds.ts';

/** Bounds of one geometry (a division), for `fitBounds`. */
export function geometryBounds(geometry: Geometry): Bounds {
  return boundsOf([geometry]);
}

/** A camera rounded the way the URL holds it (5 decimals ≈ 1 m; zoom to 0.01). */
export function roundCamera(lon: number, lat: number, zoom: number) {
  return {
    lon: Math.round(lon * 1e5) / 1e5,
    lat: Math.round(lat * 1e5) / 1e5,
    zoom: Math.round(zoom * 100) / 100,
  };
}

/** Camera moves honour the user's reduced-motion setting. */
export function motionDuration(reducedMotion: boolean, duration = 800): number {
  return reducedMotion ? 0 : duration;
}
