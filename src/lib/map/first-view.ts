/**
 * The light first view's geometry: the divisions in Web Mercator, framed exactly as MapLibre
 * frames them (`fitBounds` with the same padding, or the linked camera), so the map takes
 * over without a jump. Pure: data in, rings and a frame out.
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

/** Each ring of a polygon or multipolygon in world units (x, y pairs, × `scale`). */
export function worldRings(
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown },
  scale = TILE_SIZE,
): Float64Array[] {
  const polygons = (
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  ) as Position[][][];
  const rings: Float64Array[] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const xy = new Float64Array(ring.length * 2);
      ring.forEach((position, i) => {
        const [x, y] = mercator(position);
        xy[2 * i] = x * scale;
        xy[2 * i + 1] = y * scale;
      });
      rings.push(xy);
    }
  }
  return rings;
}

/**
 * A world ring mapped onto the drawing surface by [sx, sy, tx, ty], as x, y pairs, leaving
 * out each point within `minStep` surface pixels (in x and y together) of the last point
 * kept: detail finer than a pixel costs drawing time and shows nothing. The first and last
 * points are always kept.
 */
export function surfaceRing(
  ring: Float64Array,
  [sx, sy, tx, ty]: readonly [number, number, number, number],
  minStep: number,
): number[] {
  const out: number[] = [];
  const last = ring.length / 2 - 1;
  let px = NaN;
  let py = NaN;
  for (let i = 0; i <= last; i++) {
    const x = ring[2 * i] * sx + tx;
    const y = ring[2 * i + 1] * sy + ty;
    if (i > 0 && i < last && Math.abs(x - px) + Math.abs(y - py) < minStep) continue;
    out.push(x, y);
    px = x;
    py = y;
  }
  return out;
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
