/**
 * The first view's frame: Web Mercator, and the part of the world MapLibre shows for
 * `fitBounds` with a padding or for a linked camera, so the map takes over without a jump.
 * Pure: numbers in, numbers out.
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

/** Padding in CSS pixels, per side, as MapLibre's `fitBounds` takes it. */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The viewBox (world units × TILE_SIZE) that shows what MapLibre shows in a `width` ×
 * `height` container: the bounds fitted inside `padding` px (centred in what the padding
 * leaves, as `fitBounds` does), or the linked camera.
 */
export function firstViewBox(
  bounds: [[number, number], [number, number]],
  width: number,
  height: number,
  padding: number | Padding,
  camera: Camera | null,
): ViewBox {
  const pad =
    typeof padding === 'number'
      ? { top: padding, right: padding, bottom: padding, left: padding }
      : padding;
  if (camera) {
    const [cx, cy] = mercator([camera.lon, camera.lat]);
    const world = TILE_SIZE * 2 ** camera.zoom;
    const w = (width / world) * TILE_SIZE;
    const h = (height / world) * TILE_SIZE;
    return { x: cx * TILE_SIZE - w / 2, y: cy * TILE_SIZE - h / 2, width: w, height: h };
  }
  const [x0, y1] = mercator(bounds[0]);
  const [x1, y0] = mercator(bounds[1]);
  const bw = (x1 - x0) * TILE_SIZE;
  const bh = (y1 - y0) * TILE_SIZE;
  const innerWidth = width - pad.left - pad.right;
  const innerHeight = height - pad.top - pad.bottom;
  const scale = Math.min(innerWidth / bw, innerHeight / bh);
  const cx = ((x0 + x1) / 2) * TILE_SIZE;
  const cy = ((y0 + y1) / 2) * TILE_SIZE;
  return {
    x: cx - (pad.left + innerWidth / 2) / scale,
    y: cy - (pad.top + innerHeight / 2) / scale,
    width: width / scale,
    height: height / scale,
  };
}

/**
 * The scale and offset [sx, sy, tx, ty] that map viewBox units onto a `width` × `height`
 * drawing surface (what `preserveAspectRatio="none"` does for an SVG).
 */
export function viewTransform(
  box: ViewBox,
  width: number,
  height: number,
): [number, number, number, number] {
  const sx = width / box.width;
  const sy = height / box.height;
  return [sx, sy, -box.x * sx, -box.y * sy];
}
