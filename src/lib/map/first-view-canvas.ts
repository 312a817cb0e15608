/**
 * The first view on a 2D canvas (in the page's theme): the nine divisions in their colours, framed as
 * MapLibre frames them. The page's entry (src/main.ts) draws it into index.html's
 * canvas before the app runs; the app's FirstView adopts that canvas, or draws its own.
 *
 * The canvas is kept on the CPU (willReadFrequently): with software WebGL, the compositor
 * rasterises large SVG paths on the GPU thread far more slowly than the CPU draws them.
 */
import type { DistrictCollection } from '../data/schema.ts';
import type { Camera } from '../state/app.svelte.ts';
import { collectionBounds } from './bounds.ts';
import { MAP_PALETTES, type Theme } from '../theme/palette.ts';
import {
  firstViewBox,
  surfaceRing,
  viewTransform,
  worldRings,
  type Padding,
} from './first-view.ts';

/** Padding of the map's initial `fitBounds`, in CSS pixels; the first view frames the same. */
export const FIT_PADDING = 24;

/**
 * The share of the map's height that the page covers from below (the phone bottom sheet), as
 * its `--map-obscured-share` custom property says (0 where nothing covers it).
 */
export function obscuredShare(element: Element): number {
  const value = Number.parseFloat(
    getComputedStyle(element).getPropertyValue('--map-obscured-share'),
  );
  return Number.isFinite(value) && value > 0 && value < 1 ? value : 0;
}

/** `base` px on every side, and below it the part of the map the page covers. */
export function fitPadding(element: Element, height: number, base = FIT_PADDING): Padding {
  const bottom = base + Math.round(obscuredShare(element) * height);
  return { top: base, right: base, bottom, left: base };
}

/** The id of index.html's canvas for the first view. */
export const BOOT_CANVAS_ID = 'boot-first-view';

export interface FirstViewScene {
  /** Each division's rings in world units, and its fill. */
  shapes: { rings: Float64Array[]; fill: string }[];
  bounds: [[number, number], [number, number]];
  camera: Camera | null;
  /** The lines between divisions, and the fills' opacity (the theme's). */
  boundary: string;
  fillOpacity: number;
  /** Identifies what is drawn (colours and camera), so an adopted canvas is redrawn only if it differs. */
  key: string;
}

/**
 * Each geometry's rings, projected once: the entry and the app's FirstView build their
 * scenes from the same loaded objects, so the app reuses the entry's projection.
 */
const projected = new WeakMap<object, Float64Array[]>();

function ringsOf(geometry: DistrictCollection['features'][number]['geometry']): Float64Array[] {
  let rings = projected.get(geometry);
  if (!rings) projected.set(geometry, (rings = worldRings(geometry)));
  return rings;
}

/** The scene: each division's rings in world units and its fill. */
export function firstViewScene(
  districts: DistrictCollection,
  fillOf: (code: DistrictCollection['features'][number]['properties']['code']) => string,
  camera: Camera | null,
  theme: Theme = 'light',
): FirstViewScene {
  const { boundary, fillOpacity } = MAP_PALETTES[theme];
  const shapes = districts.features.map((f) => ({
    rings: ringsOf(f.geometry),
    fill: fillOf(f.properties.code),
  }));
  const bounds = collectionBounds(districts);
  const key = JSON.stringify([shapes.map((s) => s.fill), camera, theme]);
  return { shapes, bounds, camera, boundary, fillOpacity, key };
}

/**
 * Draws the scene to fill the canvas's CSS box, unless the canvas already holds it at this
 * size. Returns whether the canvas now shows the scene (false: no box, e.g. hidden).
 */
export function drawFirstView(canvas: HTMLCanvasElement, scene: FirstViewScene): boolean {
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!width || !height || !context) return false;
  const stamp = `${width}x${height} ${obscuredShare(canvas)} ${scene.key}`;
  if (canvas.dataset.drawn === stamp) return true;
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const box = firstViewBox(scene.bounds, width, height, fitPadding(canvas, height), scene.camera);
  const transform = viewTransform(box, width * ratio, height * ratio);
  // Bevel joins and no sub-pixel detail: what shows is the same, at a fraction of the cost.
  context.lineJoin = 'bevel';
  context.lineWidth = 1.5 * ratio;
  context.strokeStyle = scene.boundary;
  for (const shape of scene.shapes) {
    const path = new Path2D();
    for (const ring of shape.rings) {
      const xy = surfaceRing(ring, transform, ratio);
      path.moveTo(xy[0], xy[1]);
      for (let i = 2; i < xy.length; i += 2) path.lineTo(xy[i], xy[i + 1]);
      path.closePath();
    }
    context.globalAlpha = scene.fillOpacity;
    context.fillStyle = shape.fill;
    context.fill(path, 'evenodd');
    context.globalAlpha = 1;
    context.stroke(path);
  }
  canvas.dataset.drawn = stamp;
  return true;
}

/**
 * index.html's first-view canvas, taken out of its fixed place for the app to hold, or null
 * if there is none (already adopted, or a page without it).
 */
export function adoptBootCanvas(): HTMLCanvasElement | null {
  const canvas = document.getElementById(BOOT_CANVAS_ID);
  if (!(canvas instanceof HTMLCanvasElement)) return null;
  canvas.removeAttribute('id');
  canvas.removeAttribute('class');
  return canvas;
}
