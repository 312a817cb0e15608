import { describe, expect, it } from 'vitest';
import { nearestMarker, offsetOf } from './nearest-marker.ts';

describe('nearestMarker', () => {
  const markers = [
    { id: 'top', centre: { x: 100, y: 85 } },
    { id: 'right', centre: { x: 115, y: 100 } },
    { id: 'bottom', centre: { x: 100, y: 115 } },
  ];

  it('picks the marker drawn nearest the pointer, not the first listed', () => {
    expect(nearestMarker(markers, { x: 113, y: 98 })?.id).toBe('right');
    expect(nearestMarker(markers, { x: 101, y: 112 })?.id).toBe('bottom');
  });

  it('keeps the first of equals, and nothing when there is nothing', () => {
    expect(nearestMarker(markers, { x: 100, y: 100 })?.id).toBe('top');
    expect(nearestMarker([], { x: 0, y: 0 })).toBeUndefined();
  });
});

describe('offsetOf', () => {
  it('reads an array or its JSON text, else no offset', () => {
    expect(offsetOf([3, -4])).toEqual([3, -4]);
    expect(offsetOf('[3,-4]')).toEqual([3, -4]);
    expect(offsetOf(undefined)).toEqual([0, 0]);
    expect(offsetOf(['a', 1])).toEqual([0, 0]);
  });
});
