import { describe, expect, test } from 'vitest';
import { SWIPE_THRESHOLD, swipeIntent } from './sheet-swipe.ts';

describe('swipeIntent', () => {
  test('a drag up opens the sheet, a drag down closes it', () => {
    expect(swipeIntent(-60)).toBe('expand');
    expect(swipeIntent(80)).toBe('collapse');
  });

  test('a short move is a tap, left to the click', () => {
    expect(swipeIntent(0)).toBeNull();
    expect(swipeIntent(SWIPE_THRESHOLD - 1)).toBeNull();
    expect(swipeIntent(-(SWIPE_THRESHOLD - 1))).toBeNull();
    expect(swipeIntent(-SWIPE_THRESHOLD)).toBe('expand');
  });

  test('no number, no intent', () => {
    expect(swipeIntent(Number.NaN)).toBeNull();
  });
});
