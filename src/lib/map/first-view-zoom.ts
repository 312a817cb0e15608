/**
 * The first view's units (build/first-view-html.ts writes it in px at SVG_ZOOM) and the
 * sizes that depend on the zoom it is shown at: light enough for the page's entry.
 */
import { LABEL_STYLES } from './generated-images.ts';
import { TILE_SIZE } from './first-view.ts';

/** The zoom whose pixels the first view's coordinates are written in (1 unit = 1 px). */
export const SVG_ZOOM = 9;
/** Hatch stripes: a 16 px period and 3 px stripe, as hatch.ts draws them for the map. */
export const HATCH_PERIOD = 16;

const DISTRICT_LABEL = LABEL_STYLES.district;
const NEIGHBOUR_LABEL = LABEL_STYLES.neighbour;

/** A label's size in CSS px at `zoom` (style.ts: the 16 px image, scaled 0.75 at z7 to 1 at z10). */
export function labelScale(zoom: number): number {
  const t = Math.min(1, Math.max(0, (zoom - 7) / 3));
  return 0.75 + 0.25 * t;
}

export interface ZoomAttributes {
  /** Division names: font size and halo (stroke) width. */
  fontSize: string;
  haloWidth: string;
  /** Neighbouring cities' names (not scaled by zoom in the map's style). */
  neighbourFontSize: string;
  neighbourHaloWidth: string;
  /** The hatch pattern's transform: stripes where MapLibre draws them. */
  hatchTransform: string;
}

/**
 * The label and hatch attributes for a view at `zoom`, in the SVG's units (px at SVG_ZOOM),
 * so that names and stripes are the sizes MapLibre draws them at. MapLibre draws a pattern
 * at its size at the zoom's whole part, repeated from the world's corner: `origin` is the
 * SVG's 0, 0 in Web Mercator (world fractions), for the stripes' phase.
 */
export function zoomAttributes(
  zoom: number,
  origin: readonly [number, number] = [0, 0],
): ZoomAttributes {
  const unit = 2 ** (SVG_ZOOM - zoom);
  const s = labelScale(zoom);
  const units = (px: number) => (px * unit).toFixed(2);
  const patternUnit = 2 ** (SVG_ZOOM - Math.floor(zoom));
  const period = HATCH_PERIOD * patternUnit;
  const world = TILE_SIZE * 2 ** SVG_ZOOM;
  const phase = (v: number) => (((-v * world) % period) + period) % period;
  return {
    fontSize: units(DISTRICT_LABEL.size * s),
    haloWidth: units(2 * DISTRICT_LABEL.haloWidth * s),
    neighbourFontSize: units(NEIGHBOUR_LABEL.size),
    neighbourHaloWidth: units(2 * NEIGHBOUR_LABEL.haloWidth),
    hatchTransform:
      `translate(${phase(origin[0]).toFixed(2)} ${phase(origin[1]).toFixed(2)}) ` +
      `scale(${patternUnit})`,
  };
}

/** The zoom the build's picture of the first view is drawn for (a desktop's default view). */
export const PICTURE_ZOOM = 7.7;

/**
 * Whether the picture shows a view at `zoom` as MapLibre will: MapLibre draws a pattern at
 * its size for the zoom's whole part, so the picture's hatch is right within that zoom only.
 */
export function pictureFits(zoom: number): boolean {
  return Math.floor(zoom) === Math.floor(PICTURE_ZOOM);
}
