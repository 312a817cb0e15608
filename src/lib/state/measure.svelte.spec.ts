import { describe, expect, test } from 'vitest';
import { loadBundledData } from '../data/bundled.ts';
import { DISTRICT_CODES } from '../data/vocab.ts';
import { MeasureState } from './measure.svelte.ts';
import { MAP_PALETTES } from '../theme/palette.ts';

const data = loadBundledData();

describe('MeasureState', () => {
  test('starts on status, with no numbers, classes or colours', () => {
    const measure = new MeasureState(data);
    expect(measure.current).toBe('status');
    expect(measure.values).toBeNull();
    expect(measure.bins).toBeNull();
    expect(measure.colours).toBeNull();
  });

  test('a numeric measure gives every division a number and a colour from its classes', () => {
    const measure = new MeasureState(data);
    measure.set('villages');
    expect(measure.current).toBe('villages');
    expect(Object.keys(measure.values ?? {}).sort()).toEqual([...DISTRICT_CODES]);
    const binColours = new Set(measure.bins?.map((b) => b.colour));
    for (const code of DISTRICT_CODES) expect(binColours).toContain(measure.colours?.[code]);
  });

  test('anything that is not a measure is ignored; back to status clears the numbers', () => {
    const measure = new MeasureState(data);
    measure.set('honours');
    measure.set('population');
    expect(measure.current).toBe('honours');
    measure.set('status');
    expect(measure.values).toBeNull();
  });
});

describe('MeasureState in dark', () => {
  test('the classes take the dark ramp, and follow the theme', () => {
    const theme = $state({ current: 'dark' as 'light' | 'dark' });
    const measure = new MeasureState(data, () => theme.current);
    measure.set('villages');
    const dark = MAP_PALETTES.dark.sequential;
    expect(measure.bins!.every((b) => dark.includes(b.colour))).toBe(true);
    theme.current = 'light';
    expect(measure.bins!.every((b) => MAP_PALETTES.light.sequential.includes(b.colour))).toBe(true);
  });
});
