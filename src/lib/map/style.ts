/**
 * The MapLibre style, built as data by pure functions from the app's state.
 * No glyphs (MapLibre draws labels with local fonts), no remote source.
 */
import type {
  ExpressionSpecification,
  LayerSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Point } from 'geojson';
import type { Lang } from '../i18n/messages.ts';
import { translate } from '../i18n/translate.ts';
import type { ContextCollection, DistrictCollection } from '../data/schema.ts';
import type { SiteFilter } from '../data/sites.ts';
import type { DistrictCode, Status } from '../data/vocab.ts';
import { IMAGE, LAYER, SOURCE } from './ids.ts';
import type { SitePointProperties } from './site-source.ts';
import { clusterCount, clusterFilter, clusterProperties, pointFilter } from './site-expressions.ts';
import { markerImageId } from './categories.ts';
import { SITE_CATEGORIES } from '../data/vocab.ts';
import { HATCHED_STATUSES, statusScale } from './status-scale.ts';

export interface StyleInput {
  lang: Lang;
  districts: DistrictCollection;
  context: ContextCollection;
  statuses: Record<DistrictCode, Status>;
  sites: FeatureCollection<Point, SitePointProperties>;
  filter: SiteFilter;
  /** For a numeric measure: each division's colour (status colours come from `statuses`). */
  measureColours?: Record<string, string> | null;
}

/** Zoom above which sites are never clustered. */
export const CLUSTER_MAX_ZOOM = 11;

export const LABEL_FONTS = ['Noto Sans CJK SC', 'Noto Sans SC', 'Noto Sans', 'sans-serif'];

const INK = '#1f2a33';
const HALO = '#ffffff';

/** `fill-color`: a `match` on the division code, one branch per division, from the scale. */
export function statusColourExpression(
  statuses: Record<DistrictCode, Status>,
): ExpressionSpecification {
  const scale = statusScale();
  const branches = Object.entries(statuses).flatMap(([code, status]) => [code, scale(status)]);
  return [
    'match',
    ['get', 'code'],
    ...branches,
    scale.unknown() as string,
  ] as unknown as ExpressionSpecification;
}

/** `fill-color` for a numeric measure: each division's bin colour. */
export function measureColourExpression(colours: Record<string, string>): ExpressionSpecification {
  const branches = Object.entries(colours).flatMap(([code, colour]) => [code, colour]);
  return [
    'match',
    ['get', 'code'],
    ...branches,
    statusScale().unknown() as string,
  ] as unknown as ExpressionSpecification;
}

/** The division fill for the current measure. */
export function fillColour(input: StyleInput): ExpressionSpecification {
  return input.measureColours
    ? measureColourExpression(input.measureColours)
    : statusColourExpression(input.statuses);
}

/** The hatch marks held titles, so it is drawn only while the map shows status. */
export function hatchFilter(input: StyleInput): ExpressionSpecification {
  return input.measureColours ? ['==', 1, 0] : hatchedFilter(input.statuses);
}

/** A filter that keeps the divisions whose status is hatched. */
export function hatchedFilter(statuses: Record<DistrictCode, Status>): ExpressionSpecification {
  const codes = Object.entries(statuses)
    .filter(([, status]) => HATCHED_STATUSES.includes(status))
    .map(([code]) => code);
  return ['in', ['get', 'code'], ['literal', codes]];
}

/** Point features at each polygon's `label` property (one label per division). */
export function labelPoints<P extends { label: number[] }>(collection: {
  features: { properties: P }[];
}): FeatureCollection<Point, Omit<P, 'label'>> {
  return {
    type: 'FeatureCollection',
    features: collection.features.map(({ properties: { label, ...rest } }) => ({
      type: 'Feature',
      properties: rest,
      geometry: { type: 'Point', coordinates: [label[0], label[1]] },
    })),
  };
}

function nameField(lang: Lang): ExpressionSpecification {
  return ['get', lang === 'zh' ? 'name_zh' : 'name_en'];
}

const whenState = (
  key: string,
  on: number | string,
  off: number | string,
): ExpressionSpecification => ['case', ['boolean', ['feature-state', key], false], on, off];

export function buildLayers(input: StyleInput): LayerSpecification[] {
  const { lang } = input;
  return [
    { id: LAYER.background, type: 'background', paint: { 'background-color': '#eef2f5' } },
    {
      id: LAYER.neighbourFill,
      type: 'fill',
      source: SOURCE.context,
      filter: ['==', ['get', 'role'], 'neighbour'],
      paint: { 'fill-color': '#e2e6ea' },
    },
    {
      id: LAYER.neighbourLine,
      type: 'line',
      source: SOURCE.context,
      filter: ['==', ['get', 'role'], 'neighbour'],
      paint: { 'line-color': '#9aa5ae', 'line-width': 0.8, 'line-dasharray': [3, 2] },
    },
    {
      id: LAYER.cityCasing,
      type: 'line',
      source: SOURCE.context,
      filter: ['==', ['get', 'role'], 'city'],
      paint: { 'line-color': '#4a5660', 'line-width': 3 },
    },
    {
      id: LAYER.districtFill,
      type: 'fill',
      source: SOURCE.districts,
      paint: {
        'fill-color': fillColour(input),
        'fill-opacity': whenState('hover', 0.95, 0.75),
      },
    },
    {
      id: LAYER.districtHatch,
      type: 'fill',
      source: SOURCE.districts,
      filter: hatchFilter(input),
      paint: { 'fill-pattern': IMAGE.hatch, 'fill-opacity': 0.9 },
    },
    {
      id: LAYER.districtLine,
      type: 'line',
      source: SOURCE.districts,
      paint: { 'line-color': '#ffffff', 'line-width': 1.5 },
    },
    {
      id: LAYER.districtHover,
      type: 'line',
      source: SOURCE.districts,
      paint: {
        'line-color': INK,
        'line-width': 2,
        'line-opacity': whenState('hover', 1, 0),
      },
    },
    {
      id: LAYER.districtSelected,
      type: 'line',
      source: SOURCE.districts,
      paint: {
        'line-color': '#d55e00',
        'line-width': 4,
        'line-opacity': whenState('selected', 1, 0),
      },
    },
    {
      id: LAYER.neighbourLabel,
      type: 'symbol',
      source: SOURCE.contextLabels,
      filter: ['==', ['get', 'role'], 'neighbour'],
      layout: {
        'text-field': nameField(lang),
        'text-font': LABEL_FONTS,
        'text-size': 13,
        'text-letter-spacing': 0.1,
      },
      paint: { 'text-color': '#5b6670', 'text-halo-color': HALO, 'text-halo-width': 1.5 },
    },
    {
      id: LAYER.districtLabel,
      type: 'symbol',
      source: SOURCE.districtLabels,
      layout: {
        'text-field': nameField(lang),
        'text-font': LABEL_FONTS,
        'text-size': ['interpolate', ['linear'], ['zoom'], 7, 12, 10, 16],
        'text-max-width': 8,
        'text-allow-overlap': false,
      },
      paint: { 'text-color': INK, 'text-halo-color': HALO, 'text-halo-width': 2 },
    },
    {
      id: LAYER.siteClusters,
      type: 'circle',
      source: SOURCE.sites,
      filter: clusterFilter(input.filter),
      paint: {
        'circle-color': '#ffffff',
        'circle-stroke-color': INK,
        'circle-stroke-width': 2,
        'circle-radius': [
          'interpolate',
          ['linear'],
          clusterCount(input.filter),
          2,
          13,
          100,
          20,
          10000,
          30,
        ],
      },
    },
    {
      id: LAYER.siteClusterCount,
      type: 'symbol',
      source: SOURCE.sites,
      filter: clusterFilter(input.filter),
      layout: {
        'text-field': ['to-string', clusterCount(input.filter)],
        'text-font': LABEL_FONTS,
        'text-size': 13,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': INK },
    },
    {
      id: LAYER.siteSelected,
      type: 'symbol',
      source: SOURCE.sites,
      filter: pointFilter(input.filter),
      layout: {
        'icon-image': IMAGE.selectedRing,
        'icon-size': 1,
        'icon-offset': ['get', 'offset'],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: { 'icon-opacity': whenState('selected', 1, 0) },
    },
    {
      id: LAYER.sitePoints,
      type: 'symbol',
      source: SOURCE.sites,
      filter: pointFilter(input.filter),
      layout: {
        'icon-image': markerIconExpression(),
        'icon-size': 1,
        'icon-offset': ['get', 'offset'],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    },
  ];
}

/** `icon-image`: the category's marker, hollow when the position is not surveyed. */
export function markerIconExpression(): ExpressionSpecification {
  const branches = SITE_CATEGORIES.flatMap((c) => [
    c,
    ['case', ['==', ['get', 'hollow'], 1], markerImageId(c, true), markerImageId(c, false)],
  ]);
  return [
    'match',
    ['get', 'category'],
    ...branches,
    markerImageId('community', true),
  ] as unknown as ExpressionSpecification;
}

/** A change MapView applies to a live map when the language or the filters change. */
export type LayerUpdate =
  | { layer: string; kind: 'filter'; value: ExpressionSpecification }
  | { layer: string; kind: 'layout'; property: string; value: unknown }
  | { layer: string; kind: 'paint'; property: string; value: unknown };

/**
 * The parts of the style that follow the language and the filters, read from the same
 * layers buildStyle makes, so the live map and a freshly built style cannot disagree.
 */
export function dynamicLayerUpdates(input: StyleInput): LayerUpdate[] {
  const layers = buildLayers(input);
  const byId = (id: string) =>
    layers.find((l) => l.id === id) as LayerSpecification & {
      filter?: ExpressionSpecification;
      layout?: Record<string, unknown>;
    };
  const updates: LayerUpdate[] = [
    {
      layer: LAYER.districtFill,
      kind: 'paint',
      property: 'fill-color',
      value: (byId(LAYER.districtFill) as { paint: Record<string, unknown> }).paint['fill-color'],
    },
    { layer: LAYER.districtHatch, kind: 'filter', value: byId(LAYER.districtHatch).filter! },
  ];
  for (const id of [LAYER.districtLabel, LAYER.neighbourLabel]) {
    updates.push({
      layer: id,
      kind: 'layout',
      property: 'text-field',
      value: byId(id).layout?.['text-field'],
    });
  }
  for (const id of [
    LAYER.siteClusters,
    LAYER.siteClusterCount,
    LAYER.siteSelected,
    LAYER.sitePoints,
  ]) {
    updates.push({ layer: id, kind: 'filter', value: byId(id).filter as ExpressionSpecification });
  }
  updates.push({
    layer: LAYER.siteClusterCount,
    kind: 'layout',
    property: 'text-field',
    value: byId(LAYER.siteClusterCount).layout?.['text-field'],
  });
  return updates;
}

export function buildStyle(input: StyleInput): StyleSpecification {
  const attribution = translate(input.lang, 'map.attribution');
  return {
    version: 8,
    name: 'hohhot-rule-of-law-offline',
    sources: {
      [SOURCE.context]: { type: 'geojson', data: input.context as never },
      [SOURCE.contextLabels]: { type: 'geojson', data: labelPoints(input.context) as never },
      [SOURCE.districts]: {
        type: 'geojson',
        data: input.districts as never,
        promoteId: 'code',
        attribution,
      },
      [SOURCE.districtLabels]: {
        type: 'geojson',
        data: labelPoints(input.districts) as never,
      },
      [SOURCE.sites]: {
        type: 'geojson',
        data: input.sites as never,
        promoteId: 'id',
        cluster: true,
        clusterRadius: 40,
        clusterMaxZoom: CLUSTER_MAX_ZOOM,
        clusterProperties: clusterProperties() as never,
      },
    },
    layers: buildLayers(input),
  };
}
