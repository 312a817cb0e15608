import { describe, expect, test } from 'vitest';
import { contrastRatio } from './contrast.ts';
import { CLUSTER_STYLE, LABEL_STYLES } from './generated-images.ts';

describe('contrastRatio', () => {
  test('black on white is 21:1, a colour on itself 1:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 1);
    expect(contrastRatio('#0072b2', '#0072b2')).toBe(1);
  });
});

describe('map labels are at least 4.5:1 against their halo', () => {
  for (const [kind, style] of Object.entries(LABEL_STYLES)) {
    test(`${kind} labels`, () => {
      expect(contrastRatio(style.colour, style.halo)).toBeGreaterThanOrEqual(4.5);
    });
  }
  test('cluster counts on their badge', () => {
    expect(contrastRatio(CLUSTER_STYLE.text, CLUSTER_STYLE.fill)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('legend and panel text colours are at least 4.5:1 on their backgrounds', () => {
  // The colours used by Legend.svelte, the panels (secondary text #4a5660 on the side
  // panel's #fbfcfd) and the header (#d6e2ec on #14324a).
  const pairs: [string, string, string][] = [
    ['body text', '#1f2a33', '#ffffff'],
    ['secondary text on the side panel', '#4a5660', '#fbfcfd'],
    ['header subtitle', '#d6e2ec', '#14324a'],
    ['header title', '#ffffff', '#14324a'],
    ['tooltip', '#ffffff', '#1f2a33'],
    ['links', '#0b5cad', '#fbfcfd'],
  ];
  for (const [name, fg, bg] of pairs) {
    test(name, () => expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(4.5));
  }
});
