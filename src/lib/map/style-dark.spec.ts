import { describe, expect, test } from 'vitest';
import { validateStyleMin, type LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { loadBundledData } from '../data/bundled.ts';
import { deriveStatuses } from '../data/status.ts';
import { STATUSES } from '../data/vocab.ts';
import { contrastRatio } from './contrast.ts';
import { LAYER } from './ids.ts';
import { sitePoints } from './site-source.ts';
import { buildStyle, changedLayerUpdates, dynamicLayerUpdates } from './style.ts';
import { styleImages } from './images.ts';
import { MAP_PALETTES } from '../theme/palette.ts';

const data = loadBundledData();
const input = {
  lang: 'zh' as const,
  districts: data.districts,
  context: data.context,
  statuses: deriveStatuses(data.honours),
  sites: sitePoints(data.sites.features, data.honours),
};
const paint = (layers: LayerSpecification[], id: string) =>
  (layers.find((l) => l.id === id) as { paint: Record<string, unknown> }).paint;

describe('the style in dark', () => {
  const style = buildStyle({ ...input, theme: 'dark' });

  test('is a valid MapLibre style, in both languages', () => {
    expect(validateStyleMin(style as never)).toEqual([]);
    expect(validateStyleMin(buildStyle({ ...input, lang: 'en', theme: 'dark' }) as never)).toEqual(
      [],
    );
  });

  test('has a dark background', () => {
    const background = paint(style.layers, LAYER.background)['background-color'] as string;
    expect(background).toBe(MAP_PALETTES.dark.background);
    expect(contrastRatio(background, '#000000')).toBeLessThan(1.5);
  });

  test('every status has its dark colour in the fill, with the fallback last', () => {
    const fill = JSON.stringify(paint(style.layers, LAYER.districtFill)['fill-color']);
    for (const status of STATUSES) expect(fill).toContain(MAP_PALETTES.dark.status[status]);
    for (const status of STATUSES) expect(fill).not.toContain(MAP_PALETTES.light.status[status]);
  });

  test('a style without a theme is the light one (exports)', () => {
    expect(buildStyle(input)).toEqual(buildStyle({ ...input, theme: 'light' }));
  });
});

describe('switching a live map to dark', () => {
  test('changes the background, fills and lines, and neither labels nor filters', () => {
    const changed = changedLayerUpdates(
      dynamicLayerUpdates(input),
      dynamicLayerUpdates({ ...input, theme: 'dark' }),
    );
    expect(changed.every((u) => u.kind === 'paint')).toBe(true);
    expect(changed.map((u) => u.layer).sort()).toEqual(
      [
        LAYER.background,
        LAYER.neighbourFill,
        LAYER.neighbourLine,
        LAYER.cityCasing,
        LAYER.districtFill,
        LAYER.districtHover,
        LAYER.districtSelected,
      ].sort(),
    );
  });

  test('every generated image keeps its id and size, so it can be updated in place', () => {
    const light = styleImages('light');
    const dark = styleImages('dark');
    expect(dark.map((i) => [i.id, i.image.width, i.image.height])).toEqual(
      light.map((i) => [i.id, i.image.width, i.image.height]),
    );
    expect(dark.some((d, i) => d.image.data.join() !== light[i]!.image.data.join())).toBe(true);
  });
});
