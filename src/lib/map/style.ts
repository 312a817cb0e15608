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
import type { DistrictCode, Status } from '../data/vocab.ts';
import { IMAGE, LAYER, SOURCE } from './ids.ts';
import type { SitePointProperties } from './site-source.ts';
import {
  CLUSTERS,
  SINGLE_SITES,
  clusterImageExpression,
  clusterProperties,
} from './site-expressions.ts';
import { MAP_PALETTES, type Theme } from '../theme/palette.ts';
import {
  labelImageExpression,
  labelNameField,
  LABEL_STYLES,
  type LabelImage,
  type LabelKind,
} from './generated-images.ts';
import { markerImageId } from './categories.ts';
import { SITE_CATEGORIES } from '../data/vocab.ts';
import { HATCHED_STATUSES, statusScale } from './status-scale.ts';

export interface StyleInput {
  lang: Lang;
  districts: DistrictCollection;
  context: ContextCollection;
  statuses: Record<DistrictCode, Status>;
  sites: FeatureCollection<Point, SitePointProperties>;
  /** For a numeric measure: each division's colour (status colours come from `statuses`). */
  measureColours?: Record<string, string> | null;
  /** The resolved theme (light when absent: exports and print are light). */
  theme?: Theme;
}

/** Zoom above which sites are never clustered. */
export const CLUSTER_MAX_ZOOM = 11;

/** `fill-color`: a `match` on the division code, one branch per division, from the scale. */
export function statusColourExpression(
  statuses: Record<DistrictCode, Status>,
  theme: Theme = 'light',
): ExpressionSpecification {
  const scale = statusScale(theme);
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
    : statusColourExpression(input.statuses, input.theme);
}

/** The hatch marks held titles, so it is drawn only while the map shows status. */
export function hatchFilter(input: StyleInput): ExpressionSpecification {
  return input.measureColours
    ? ['==', ['literal', 1], 0]
    : ['all', AREAS, hatchedFilter(input.statuses)];
}

/** The area features of a source that also holds its label points, and those points. */
const AREAS: ExpressionSpecification = ['!=', ['geometry-type'], 'Point'];
const POINTS: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];

/**
 * A source's features followed by one label point per feature: a polygon layer and its
 * label layer share one source, so MapLibre tiles one source instead of two.
 */
export function withLabelPoints<P extends { label: number[] }>(collection: {
  features: { type: 'Feature'; properties: P; geometry: unknown }[];
}): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: [
      ...(collection.features as FeatureCollection['features']),
      ...labelPoints(collection).features,
    ],
  };
}

/**
 * The label images the style's two label layers show in `lang`: every division's name and
 * every neighbouring city's. MapView draws them with the map, so the first tiles find them
 * instead of asking the page for each one (a round trip and a repaint per image).
 */
export function labelImages({
  districts,
  context,
  lang,
}: Pick<StyleInput, 'districts' | 'context' | 'lang'>): LabelImage[] {
  // The same property the layers' icon-image expression reads.
  const field = labelNameField(lang);
  const labels = (label: LabelKind, features: { properties: Record<typeof field, string> }[]) =>
    features.map((f): LabelImage => ({ kind: 'label', label, text: f.properties[field] }));
  return [
    ...labels('district', districts.features),
    ...labels(
      'neighbour',
      context.features.filter((f) => f.properties.role === 'neighbour'),
    ),
  ];
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

const whenState = (
  key: string,
  on: number | string,
  off: number | string,
): ExpressionSpecification => ['case', ['boolean', ['feature-state', key], false], on, off];

/**
 * Layers of one type share a shader program only when the same paint properties are
 * data-driven, and each program costs a compile before the first frame (tens of ms with
 * software WebGL). So every fill, line and icon layer drives its opacity from
 * feature-state, even where both branches are equal.
 */
const OPAQUE = whenState('hover', 1, 1);

/** Fills are not antialiased (a line is drawn on every edge), which saves a program. */
const NO_ANTIALIAS = { 'fill-antialias': false } as const;
export function buildLayers(input: StyleInput): LayerSpecification[] {
  const { lang } = input;
  const district = LABEL_STYLES.district;
  const p = MAP_PALETTES[input.theme ?? 'light'];
  return [
    { id: LAYER.background, type: 'background', paint: { 'background-color': p.background } },
    {
      id: LAYER.neighbourFill,
      type: 'fill',
      source: SOURCE.context,
      filter: ['all', AREAS, ['==', ['get', 'role'], 'neighbour']],
      paint: {
        ...NO_ANTIALIAS,
        'fill-color': ['match', ['get', 'role'], 'neighbour', p.neighbourFill, p.neighbourFill],
        'fill-opacity': OPAQUE,
      },
    },
    {
      id: LAYER.neighbourLine,
      type: 'line',
      source: SOURCE.context,
      filter: ['all', AREAS, ['==', ['get', 'role'], 'neighbour']],
      paint: { 'line-color': p.neighbourLine, 'line-width': 0.8, 'line-opacity': OPAQUE },
    },
    {
      id: LAYER.cityCasing,
      type: 'line',
      source: SOURCE.context,
      filter: ['all', AREAS, ['==', ['get', 'role'], 'city']],
      paint: { 'line-color': p.cityCasing, 'line-width': 3, 'line-opacity': OPAQUE },
    },
    {
      id: LAYER.districtFill,
      type: 'fill',
      source: SOURCE.districts,
      filter: AREAS,
      paint: {
        ...NO_ANTIALIAS,
        'fill-color': fillColour(input),
        'fill-opacity': whenState('hover', 0.95, p.fillOpacity),
      },
    },
    {
      id: LAYER.districtHatch,
      type: 'fill',
      source: SOURCE.districts,
      filter: hatchFilter(input),
      paint: { ...NO_ANTIALIAS, 'fill-pattern': IMAGE.hatch, 'fill-opacity': 0.9 },
    },
    {
      id: LAYER.districtLine,
      type: 'line',
      source: SOURCE.districts,
      filter: AREAS,
      paint: { 'line-color': p.boundary, 'line-width': 1.5, 'line-opacity': OPAQUE },
    },
    {
      id: LAYER.districtHover,
      type: 'line',
      source: SOURCE.districts,
      filter: AREAS,
      paint: {
        'line-color': p.hover,
        'line-width': 2,
        'line-opacity': whenState('hover', 1, 0),
      },
    },
    {
      id: LAYER.districtSelected,
      type: 'line',
      source: SOURCE.districts,
      filter: AREAS,
      paint: {
        'line-color': p.selected,
        'line-width': 4,
        'line-opacity': whenState('selected', 1, 0),
      },
    },
    {
      id: LAYER.neighbourLabel,
      type: 'symbol',
      source: SOURCE.context,
      filter: ['all', POINTS, ['==', ['get', 'role'], 'neighbour']],
      layout: { 'icon-image': labelImageExpression('neighbour', lang) },
      paint: { 'icon-opacity': OPAQUE },
    },
    {
      id: LAYER.siteClusters,
      type: 'symbol',
      source: SOURCE.sites,
      filter: CLUSTERS,
      layout: {
        'icon-image': clusterImageExpression(),
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: { 'icon-opacity': OPAQUE },
    },
    {
      id: LAYER.siteSelected,
      type: 'symbol',
      source: SOURCE.sites,
      filter: SINGLE_SITES,
      layout: {
        'icon-image': IMAGE.selectedRing,
        'icon-size': 1,
        'icon-offset': ['get', 'offset'],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: {
        'icon-opacity': [
          'case',
          ['boolean', ['feature-state', 'hidden'], false],
          0,
          ['boolean', ['feature-state', 'selected'], false],
          1,
          0,
        ],
      },
    },
    {
      id: LAYER.sitePoints,
      type: 'symbol',
      source: SOURCE.sites,
      filter: SINGLE_SITES,
      layout: {
        'icon-image': markerIconExpression(),
        'icon-size': 1,
        'icon-offset': ['get', 'offset'],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: { 'icon-opacity': whenState('hidden', 0, 1) },
    },
    // Above the markers and clusters: a division's name stays readable where the places the
    // sources locate only by their division sit at its seat.
    {
      id: LAYER.districtLabel,
      type: 'symbol',
      source: SOURCE.districts,
      filter: POINTS,
      layout: {
        'icon-image': labelImageExpression('district', lang),
        // The image is drawn at the largest size (16 px) and scaled down below zoom 10.
        'icon-size': ['interpolate', ['linear'], ['zoom'], 7, 12 / district.size, 10, 1],
        'icon-allow-overlap': false,
      },
      paint: { 'icon-opacity': OPAQUE },
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

/** The paint values that follow the theme (the division fill is among the updates already). */
const THEMED_PAINT: [string, string][] = [
  [LAYER.background, 'background-color'],
  [LAYER.neighbourFill, 'fill-color'],
  [LAYER.neighbourLine, 'line-color'],
  [LAYER.cityCasing, 'line-color'],
  [LAYER.districtLine, 'line-color'],
  [LAYER.districtHover, 'line-color'],
  [LAYER.districtSelected, 'line-color'],
];

/** A change MapView applies to a live map when the language, filters or theme change. */
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
  for (const [layer, property] of THEMED_PAINT) {
    const paint = (byId(layer) as { paint: Record<string, unknown> }).paint;
    updates.push({ layer, kind: 'paint', property, value: paint[property] });
  }
  // The site filter is not here: it is applied through feature-state and cluster images
  // (site-expressions.ts), so that it changes no layout.
  for (const id of [LAYER.districtLabel, LAYER.neighbourLabel]) {
    updates.push({
      layer: id,
      kind: 'layout',
      property: 'icon-image',
      value: byId(id).layout?.['icon-image'],
    });
  }
  return updates;
}

/**
 * The updates of `next` that a map showing `applied` still needs: a filter, layout or paint
 * value that is new or differs. MapLibre repaints after every set call, even one that
 * changes nothing, so the map is not sent what it already has (such as its start style).
 */
export function changedLayerUpdates(
  applied: readonly LayerUpdate[],
  next: readonly LayerUpdate[],
): LayerUpdate[] {
  const key = (u: LayerUpdate) =>
    `${u.layer}\u0000${u.kind}\u0000${'property' in u ? u.property : ''}`;
  const current = new Map(applied.map((u) => [key(u), JSON.stringify(u.value)]));
  return next.filter((u) => current.get(key(u)) !== JSON.stringify(u.value));
}

export function buildStyle(input: StyleInput): StyleSpecification {
  const attribution = translate(input.lang, 'map.attribution');
  return {
    version: 8,
    name: 'hohhot-rule-of-law-offline',
    sources: {
      [SOURCE.context]: { type: 'geojson', data: withLabelPoints(input.context) as never },
      [SOURCE.districts]: {
        type: 'geojson',
        data: withLabelPoints(input.districts) as never,
        promoteId: 'code',
        attribution,
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
