import { describe, expect, test } from 'vitest';
import { STATUSES } from '../data/vocab.ts';
import { contrastRatio } from '../map/contrast.ts';
import { clusterStyle, labelStyle } from '../map/generated-images.ts';
import { statusScale } from '../map/status-scale.ts';
import { MAP_PALETTES, THEMES, composite, shownFill } from './palette.ts';

describe('composite', () => {
  test('is the colour at opacity 1, the ground at 0, and the mix between', () => {
    expect(composite('#0072b2', '#ffffff', 1)).toBe('#0072b2');
    expect(composite('#0072b2', '#ffffff', 0)).toBe('#ffffff');
    expect(composite('#000000', '#ffffff', 0.5)).toBe('#808080');
  });
});

describe.each(THEMES)('the %s map palette', (theme) => {
  const p = MAP_PALETTES[theme];

  test('text is at least 4.5:1: labels on their halo, cluster counts on their badge', () => {
    expect(contrastRatio(labelStyle('district', theme).colour, p.labelHalo)).toBeGreaterThanOrEqual(
      4.5,
    );
    expect(
      contrastRatio(labelStyle('neighbour', theme).colour, p.labelHalo),
    ).toBeGreaterThanOrEqual(4.5);
    const cluster = clusterStyle(theme);
    expect(contrastRatio(cluster.text, cluster.fill)).toBeGreaterThanOrEqual(4.5);
  });

  test('the city outline is at least 3:1 against the background around it', () => {
    expect(contrastRatio(p.cityCasing, p.background)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(p.cityCasing, p.neighbourFill)).toBeGreaterThanOrEqual(3);
  });

  test('the scale of the theme gives every status its colour', () => {
    const scale = statusScale(theme);
    for (const status of STATUSES) expect(scale(status)).toBe(p.status[status]);
  });
});

describe('the dark map: marks and boundaries at least 3:1 against what they lie on', () => {
  const p = MAP_PALETTES.dark;
  const fills = STATUSES.map((status) => [status, shownFill('dark', status)] as const);

  test('the background is dark', () => {
    expect(contrastRatio(p.background, '#000000')).toBeLessThan(1.5);
  });

  test.each(fills)('the boundary, marker outline and cluster edge on a %s division', (_, fill) => {
    expect(contrastRatio(p.boundary, fill)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(p.markerOutline, fill)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(p.clusterStroke, fill)).toBeGreaterThanOrEqual(3);
  });

  test('markers and the selection are at least 3:1 on the background', () => {
    expect(contrastRatio(p.markerOutline, p.background)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(p.selected, p.background)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(p.hover, p.background)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(p.ring, p.ringEdge)).toBeGreaterThanOrEqual(3);
  });

  test('the two statuses are distinct (at least 3:1 as shown), and both differ from the background', () => {
    const [held, none] = fills.map(([, fill]) => fill);
    expect(contrastRatio(held!, none!)).toBeGreaterThanOrEqual(3);
    for (const [, fill] of fills) expect(fill).not.toBe(p.background);
  });
});

describe('light stays as it was (exports and print use it)', () => {
  test('the status colours and the background', () => {
    expect(MAP_PALETTES.light.status).toEqual({
      region_demonstration: '#0072b2',
      none_named: '#cfcfcf',
    });
    expect(MAP_PALETTES.light.background).toBe('#eef2f5');
    expect(statusScale()('region_demonstration')).toBe('#0072b2');
  });
});

describe.each(THEMES)('the %s ramp of the numeric measures', (theme) => {
  const p = MAP_PALETTES[theme];
  const shown = p.sequential.map((c) => composite(c, p.background, p.fillOpacity));
  const lum = (hex: string) => contrastRatio(hex, '#000000');

  test('steps one way in lightness (lighter is less in light, more in dark)', () => {
    const l = shown.map(lum);
    const steps = l.slice(1).map((v, i) => v - l[i]!);
    if (theme === 'light') expect(steps.every((s) => s < 0)).toBe(true);
    else expect(steps.every((s) => s > 0)).toBe(true);
  });

  if (theme === 'dark')
    test('the boundaries are at least 3:1 against every class', () => {
      for (const fill of shown) expect(contrastRatio(p.boundary, fill)).toBeGreaterThanOrEqual(3);
    });
});
