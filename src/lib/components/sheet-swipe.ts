/**
 * The bottom sheet's handle: a drag up opens the sheet, a drag down closes it; anything
 * shorter than `threshold` px is a tap (the button's click toggles it). Pure.
 */
export type SwipeIntent = 'expand' | 'collapse';

export const SWIPE_THRESHOLD = 24;

/** `dy`: the pointer's vertical travel, down positive. */
export function swipeIntent(dy: number, threshold = SWIPE_THRESHOLD): SwipeIntent | null {
  if (!Number.isFinite(dy) || Math.abs(dy) < threshold) return null;
  return dy < 0 ? 'expand' : 'collapse';
}
