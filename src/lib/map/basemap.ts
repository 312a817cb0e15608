/**
 * Online basemaps, as data: which ones exist, their raster sources and layers, their
 * attribution, and the tile origins the Content Security Policy must allow (csp.ts reads the
 * same functions, so the app and the policy cannot disagree). Pure: env and options in,
 * specs out. The offline style (style.ts) stays the default; these layers go under it.
 *
 * Tianditu serves CGCS2000, which agrees with our WGS84 data at map scale; never add a
 * GCJ-02 (Amap, Tencent) or BD-09 (Baidu) basemap: it would be offset by up to ~500 m.
 */
import type {
  RasterLayerSpecification,
  RasterSourceSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../i18n/messages.ts';
import { translate } from '../i18n/translate.ts';

export const BASEMAP_IDS = ['offline', 'osm', 'tianditu'] as const;
export type BasemapId = (typeof BASEMAP_IDS)[number];

/** The switcher's options, in order; `online` ones request tiles from another host. */
export const BASEMAPS: readonly { id: BasemapId; online: boolean; needsKey: boolean }[] = [
  { id: 'offline', online: false, needsKey: false },
  { id: 'osm', online: true, needsKey: false },
  { id: 'tianditu', online: true, needsKey: true },
];

export function isBasemapId(value: unknown): value is BasemapId {
  return typeof value === 'string' && (BASEMAP_IDS as readonly string[]).includes(value);
}

export const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors';

/**
 * Tianditu's WMTS (Web Mercator, `_w`) as an XYZ template: `{s}` is the subdomain (0–7),
 * `{layer}` is `vec` (roads and areas), `cva` (Chinese labels) or `eva` (English labels),
 * `{tk}` the key.
 */
export const TIANDITU_TILES =
  'https://t{s}.tianditu.gov.cn/{layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0' +
  '&LAYER={layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles' +
  '&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={tk}';
export const TIANDITU_SUBDOMAINS = ['0', '1', '2', '3', '4', '5', '6', '7'];

/** Every basemap source and layer id starts with this (the offline style uses none of them). */
export const BASEMAP_PREFIX = 'basemap-';

/** A Tianditu key as Tianditu issues it (32 hex digits), with some room. */
export const TIANDITU_KEY_PATTERN = /^[A-Za-z0-9]{16,64}$/;

/** What the build's environment (VITE_* variables) says about online basemaps. */
export interface BasemapConfig {
  /** XYZ template of the OSM raster tiles (`VITE_OSM_TILES`, for a local server in tests). */
  osmTiles: string;
  /** Tianditu's template, or null when the build turned Tianditu off. */
  tiandituTiles: string | null;
  /** A key configured at build time (`VITE_TIANDITU_KEY`), or ''. */
  tiandituKey: string;
  /** The map review number (审图号) to show with Tianditu, only if configured. */
  reviewNumber: string | null;
}

function envString(env: Record<string, unknown>, name: string): string {
  const value = env[name];
  return typeof value === 'string' ? value.trim() : '';
}

export function basemapConfig(env: Record<string, unknown>): BasemapConfig {
  return {
    osmTiles: envString(env, 'VITE_OSM_TILES') || OSM_TILES,
    tiandituTiles:
      envString(env, 'VITE_ENABLE_TIANDITU') === 'false'
        ? null
        : envString(env, 'VITE_TIANDITU_TILES') || TIANDITU_TILES,
    tiandituKey: envString(env, 'VITE_TIANDITU_KEY'),
    reviewNumber: envString(env, 'VITE_TIANDITU_REVIEW_NUMBER') || null,
  };
}

/** A template's tile URLs: one per subdomain when it has `{s}`; `{layer}` and `{tk}` filled. */
export function tileUrls(template: string, fill: { layer?: string; tk?: string } = {}): string[] {
  const filled = template
    .replaceAll('{layer}', fill.layer ?? '')
    .replaceAll('{tk}', encodeURIComponent(fill.tk ?? ''));
  return filled.includes('{s}')
    ? TIANDITU_SUBDOMAINS.map((s) => filled.replaceAll('{s}', s))
    : [filled];
}

/** The origin of one tile URL; anything but http(s) is refused (it would widen the CSP). */
export function tileOrigin(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.replace(/\{[a-z]+\}/g, '0'));
  } catch {
    throw new Error(`Not a tile URL template: ${url}`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`A tile URL must be http(s): ${url}`);
  }
  return parsed.origin;
}

/** Every origin an online basemap of this build may request tiles from, for the CSP. */
export function basemapTileOrigins(config: BasemapConfig): string[] {
  const urls = [
    ...tileUrls(config.osmTiles),
    ...(config.tiandituTiles ? tileUrls(config.tiandituTiles, { layer: 'vec', tk: 'k' }) : []),
  ];
  return [...new Set(urls.map(tileOrigin))];
}

/** Hosts of a template for people: `t0.tianditu.gov.cn` … as `t[0-7].tianditu.gov.cn`. */
export function tileHostsLabel(template: string): string {
  const host = template.split('://')[1]?.split('/')[0] ?? template;
  return host.replaceAll('{s}', `[0-${TIANDITU_SUBDOMAINS.length - 1}]`);
}

/** `审图号：GS(2024)0000号` from what the build configured (a leading 审图号 is not repeated). */
export function reviewNumberText(lang: Lang, configured: string): string {
  const number = configured.replace(/^审图号\s*[:：]?\s*/, '');
  return translate(lang, 'basemap.reviewNumber', { number });
}

/** MapLibre shows a source's attribution as HTML: ours is text, so it is escaped. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** An online basemap, ready to go under the offline style's layers. */
export interface BasemapLayers {
  id: Exclude<BasemapId, 'offline'>;
  /** Raster sources by id (each id starts with BASEMAP_PREFIX). */
  sources: Record<string, RasterSourceSpecification>;
  /** Raster layers, bottom first. */
  layers: RasterLayerSpecification[];
  /** Plain text, shown by the switcher; the source carries it escaped for the map. */
  attribution: string;
  /** `审图号：…` when configured, else null. */
  reviewNumber: string | null;
  /** Where the tiles come from (for the request's referrer policy and the notice). */
  origins: string[];
  /** How opaque the neighbouring prefectures stay, so the basemap shows through. */
  neighbourFillOpacity: number;
}

export interface BasemapOptions extends Omit<BasemapConfig, 'tiandituKey'> {
  lang: Lang;
  /** The key in use (the user's, or the build's), or ''. */
  tiandituKey: string;
}

/** The opacity of the neighbour fill over an online basemap (1 over the offline one). */
export const NEIGHBOUR_FILL_OPACITY_ONLINE = 0.35;

function rasterSource(
  tiles: string[],
  maxzoom: number,
  attribution?: string,
): RasterSourceSpecification {
  return {
    type: 'raster',
    tiles,
    tileSize: 256,
    maxzoom,
    ...(attribution ? { attribution: escapeHtml(attribution) } : {}),
  };
}

function rasterLayer(id: string): RasterLayerSpecification {
  return { id, type: 'raster', source: id, paint: { 'raster-fade-duration': 0 } };
}

/**
 * The sources and layers of a basemap, or null for the offline one (and for Tianditu
 * without a key or turned off in this build: nothing to request).
 */
export function basemapLayers(id: BasemapId, options: BasemapOptions): BasemapLayers | null {
  if (id === 'osm') {
    const source = `${BASEMAP_PREFIX}osm`;
    const tiles = tileUrls(options.osmTiles);
    return {
      id,
      sources: { [source]: rasterSource(tiles, 19, OSM_ATTRIBUTION) },
      layers: [rasterLayer(source)],
      attribution: OSM_ATTRIBUTION,
      reviewNumber: null,
      origins: [...new Set(tiles.map(tileOrigin))],
      neighbourFillOpacity: NEIGHBOUR_FILL_OPACITY_ONLINE,
    };
  }
  if (id === 'tianditu' && options.tiandituTiles && options.tiandituKey) {
    const tk = options.tiandituKey;
    const vector = `${BASEMAP_PREFIX}tianditu-vec`;
    const labels = `${BASEMAP_PREFIX}tianditu-${options.lang === 'zh' ? 'cva' : 'eva'}`;
    const vecTiles = tileUrls(options.tiandituTiles, { layer: 'vec', tk });
    const labelTiles = tileUrls(options.tiandituTiles, {
      layer: options.lang === 'zh' ? 'cva' : 'eva',
      tk,
    });
    const attribution = translate(options.lang, 'basemap.attribution.tianditu');
    const reviewNumber = options.reviewNumber
      ? reviewNumberText(options.lang, options.reviewNumber)
      : null;
    return {
      id,
      sources: {
        [vector]: rasterSource(
          vecTiles,
          18,
          reviewNumber ? `${attribution} ${reviewNumber}` : attribution,
        ),
        [labels]: rasterSource(labelTiles, 18),
      },
      layers: [rasterLayer(vector), rasterLayer(labels)],
      attribution,
      reviewNumber,
      origins: [...new Set([...vecTiles, ...labelTiles].map(tileOrigin))],
      neighbourFillOpacity: NEIGHBOUR_FILL_OPACITY_ONLINE,
    };
  }
  return null;
}
