/**
 * The light first view: the divisions as SVG paths in Web Mercator, framed exactly as
 * MapLibre frames them (`fitBounds` with the same padding, or the linked camera), so the
 * map takes over without a jump. Pure: data in, path strings and a viewBox out.
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

/** An SVG path (in world units × `scale`) for a polygon or multipolygon's rings. */
export function geometryPath(
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown },
  scale = TILE_SIZE,
): string {
  const polygons = (
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  ) as Position[][][];
  const parts: string[] = [];
  for (const rings of polygons) {
    for (const ring of rings) {
      const points = ring.map((p) => {
        const [x, y] = mercator(p);
        return `${(x * scale).toFixed(2)},${(y * scale).toFixed(2)}`;
      });
      parts.push(`M${points.join('L')}Z`);
    }
  }
  return parts.join('');
}

export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The viewBox (world units × TILE_SIZE) that shows what MapLibre shows in a `width` ×
 * `height` container: the bounds fitted inside `padding` px, or the linked camera.
 */
export function firstViewBox(
  bounds: [[number, number], [number, number]],
  width: number,
  height: number,
  padding: number,
  camera: Camera | null,
): ViewBox {
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
  const scale = Math.min((width - 2 * padding) / bw, (height - 2 * padding) / bh);
  const w = width / scale;
  const h = height / scale;
  const cx = ((x0 + x1) / 2) * TILE_SIZE;
  const cy = ((y0 + y1) / 2) * TILE_SIZE;
  return { x: cx - w / 2, y: cy - h / 2, width: w, height: h };
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
