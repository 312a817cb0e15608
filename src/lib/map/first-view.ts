/**
 * The first view's frame: Web Mercator, and the part of the world a linked camera shows,
 * in the first view's units (px at SVG_ZOOM, from the divisions' north-west corner), so the
 * map takes over without a jump. Pure: numbers in, numbers out.
 */
import type { Position } from 'geojson';
import type { Camera } from '../state/app.svelte.ts';

/** MapLibre's world size at zoom 0, in CSS pixels. */
export const TILE_SIZE = 512;

/** Web Mercator of [lon, lat], as a fraction of the world (0..1, y down). */
export function mercator([lon, lat]: Position): [number, number] {
  const x = (lon + 180) / 360;
  const s = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
  return [x, y];
}

export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * What a `width` × `height` px box shows at `camera`, as a viewBox in units of px at
 * `unitZoom` from `origin` (a point in Web Mercator, world fractions).
 */
export function cameraViewBox(
  camera: Camera,
  origin: readonly [number, number],
  unitZoom: number,
  width: number,
  height: number,
): ViewBox {
  const [cx, cy] = mercator([camera.lon, camera.lat]);
  const world = TILE_SIZE * 2 ** unitZoom;
  const unit = 2 ** (unitZoom - camera.zoom);
  const w = width * unit;
  const h = height * unit;
  return {
    x: (cx - origin[0]) * world - w / 2,
    y: (cy - origin[1]) * world - h / 2,
    width: w,
    height: h,
  };
}
