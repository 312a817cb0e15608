import { describe, expect, test } from 'vitest';
import { contrastRatio } from './contrast.ts';
import { loadBundledData } from '../data/load.ts';
import { deriveStatuses } from '../data/status.ts';
import { sitePoints } from './site-source.ts';
import { NO_FILTER } from '../data/sites.ts';
import { buildLayers } from './style.ts';
import { LAYER } from './ids.ts';

const data = loadBundledData();
const layers = buildLayers({
  lang: 'zh',
  districts: data.districts,
  context: data.context,
  statuses: deriveStatuses(data.honours),
  sites: sitePoints(data.sites.features, data.honours),
  filter: NO_FILTER,
});
const paint = (id: string) =>
  (layers.find((l) => l.id === id) as unknown as { paint: Record<string, string> }).paint;

describe('contrastRatio', () => {
  test('black on white is 21:1, a colour on itself 1:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 1);
    expect(contrastRatio('#0072b2', '#0072b2')).toBe(1);
  });
});

describe('map labels are at least 4.5:1 against their halo', () => {
  for (const id of [LAYER.districtLabel, LAYER.neighbourLabel, LAYER.siteClusterCount]) {
    test(id, () => {
      const p = paint(id);
      const halo = p['text-halo-color'] ?? '#ffffff';
      expect(contrastRatio(p['text-color'], halo)).toBeGreaterThanOrEqual(4.5);
    });
  }
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
