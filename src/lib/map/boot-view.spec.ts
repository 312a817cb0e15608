import { describe, expect, test } from 'vitest';
import { bootDrawsFirstView } from './boot-view.ts';

describe('bootDrawsFirstView', () => {
  test('draws the map view in its status colours', () => {
    expect(bootDrawsFirstView({ view: null, measure: null })).toBe(true);
    expect(bootDrawsFirstView({ view: 'map', measure: null })).toBe(true);
    expect(bootDrawsFirstView({ view: 'map', measure: 'status' })).toBe(true);
  });

  test('leaves a compare link and a measure link to the app', () => {
    expect(bootDrawsFirstView({ view: 'compare', measure: null })).toBe(false);
    expect(bootDrawsFirstView({ view: 'map', measure: 'villages' })).toBe(false);
  });

  test('leaves a framed map (embed=1) to the app: its frame is not the full page', () => {
    expect(bootDrawsFirstView({ view: null, measure: null, embed: true })).toBe(false);
  });
});
