/**
 * The padding of the map's `fitBounds`, which index.html's first view frames the same way
 * (app.css, .fv-frame): FIT_PADDING on every side and, below, what the page covers.
 */

/** Padding in CSS pixels, per side, as MapLibre's `fitBounds` takes it. */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Padding of the map's initial `fitBounds`, in CSS pixels. */
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
