import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, test } from 'vitest';
import {
  BASEMAPS,
  BASEMAP_PREFIX,
  OSM_ATTRIBUTION,
  OSM_TILES,
  basemapConfig,
  basemapLayers,
  basemapTileOrigins,
  escapeHtml,
  reviewNumberText,
  tileHostsLabel,
  tileUrls,
  type BasemapOptions,
} from './basemap.ts';

const KEY = '0123456789abcdef0123456789abcdef';

function options(overrides: Partial<BasemapOptions> = {}): BasemapOptions {
  return { ...basemapConfig({}), lang: 'zh', tiandituKey: '', ...overrides };
}

describe('basemap config from the environment', () => {
  test('defaults: OSM and Tianditu templates, no key, no review number', () => {
    const config = basemapConfig({});
    expect(config.osmTiles).toBe(OSM_TILES);
    expect(config.tiandituTiles).toMatch(/^https:\/\/t\{s\}\.tianditu\.gov\.cn\//);
    expect(config.tiandituKey).toBe('');
    expect(config.reviewNumber).toBeNull();
  });

  test('variables override the templates, set the key and the review number', () => {
    const config = basemapConfig({
      VITE_OSM_TILES: 'http://127.0.0.1:47123/{z}/{x}/{y}.png',
      VITE_TIANDITU_KEY: ` ${KEY} `,
      VITE_TIANDITU_REVIEW_NUMBER: 'GS(2024)0000号',
      DEV: true,
    });
    expect(config.osmTiles).toBe('http://127.0.0.1:47123/{z}/{x}/{y}.png');
    expect(config.tiandituKey).toBe(KEY);
    expect(config.reviewNumber).toBe('GS(2024)0000号');
  });

  test('VITE_ENABLE_TIANDITU=false turns Tianditu off', () => {
    expect(basemapConfig({ VITE_ENABLE_TIANDITU: 'false' }).tiandituTiles).toBeNull();
  });
});

describe('tile URLs', () => {
  test('{s} becomes t0…t7; {layer} and {tk} are filled, the key URL-encoded', () => {
    const urls = tileUrls(basemapConfig({}).tiandituTiles!, { layer: 'vec', tk: 'a&b' });
    expect(urls).toHaveLength(8);
    expect(urls[0]).toBe(
      'https://t0.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0' +
        '&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles' +
        '&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=a%26b',
    );
    expect(urls[7]).toMatch(/^https:\/\/t7\.tianditu\.gov\.cn\/vec_w\//);
  });

  test('a template without {s} is one URL', () => {
    expect(tileUrls(OSM_TILES)).toEqual([OSM_TILES]);
  });

  test('the CSP origins are deduplicated and follow the config', () => {
    expect(basemapTileOrigins(basemapConfig({ VITE_ENABLE_TIANDITU: 'false' }))).toEqual([
      'https://tile.openstreetmap.org',
    ]);
    expect(basemapTileOrigins(basemapConfig({}))).toHaveLength(9);
  });

  test('hosts for people', () => {
    expect(tileHostsLabel(OSM_TILES)).toBe('tile.openstreetmap.org');
    expect(tileHostsLabel(basemapConfig({}).tiandituTiles!)).toBe('t[0-7].tianditu.gov.cn');
  });
});

describe('basemapLayers', () => {
  test('the offline basemap adds nothing', () => {
    expect(basemapLayers('offline', options())).toBeNull();
  });

  test('OSM: one raster source and layer, attributed, valid style', () => {
    const osm = basemapLayers('osm', options())!;
    expect(osm.attribution).toBe(OSM_ATTRIBUTION);
    expect(osm.reviewNumber).toBeNull();
    expect(osm.origins).toEqual(['https://tile.openstreetmap.org']);
    const [source] = Object.values(osm.sources);
    expect(source.tiles).toEqual([OSM_TILES]);
    expect(source.attribution).toBe('© OpenStreetMap contributors');
    expect(osm.layers.map((l) => l.type)).toEqual(['raster']);
    expectValid(osm);
  });

  test('Tianditu needs a key and the build not turning it off', () => {
    expect(basemapLayers('tianditu', options())).toBeNull();
    expect(
      basemapLayers('tianditu', options({ tiandituKey: KEY, tiandituTiles: null })),
    ).toBeNull();
  });

  test('Tianditu: vec_w under cva_w in Chinese, eva_w in English, with the key', () => {
    const zh = basemapLayers('tianditu', options({ tiandituKey: KEY }))!;
    expect(zh.layers.map((l) => l.id)).toEqual([
      `${BASEMAP_PREFIX}tianditu-vec`,
      `${BASEMAP_PREFIX}tianditu-cva`,
    ]);
    const tiles = Object.values(zh.sources).map((s) => s.tiles![0]);
    expect(tiles[0]).toContain('/vec_w/wmts?');
    expect(tiles[1]).toContain('/cva_w/wmts?');
    expect(tiles.every((t) => t.endsWith(`&tk=${KEY}`))).toBe(true);
    expect(zh.origins).toHaveLength(8);
    expectValid(zh);

    const en = basemapLayers('tianditu', options({ tiandituKey: KEY, lang: 'en' }))!;
    expect(Object.values(en.sources)[1].tiles![0]).toContain('LAYER=eva');
    expect(en.attribution).toMatch(/^© Tianditu/);
  });

  test('the review number appears only when configured, never invented', () => {
    const without = basemapLayers('tianditu', options({ tiandituKey: KEY }))!;
    expect(without.reviewNumber).toBeNull();
    expect(JSON.stringify(without)).not.toContain('审图号');
    const withNumber = basemapLayers(
      'tianditu',
      options({ tiandituKey: KEY, reviewNumber: '审图号：GS(2024)0000号' }),
    )!;
    expect(withNumber.reviewNumber).toBe('审图号：GS(2024)0000号');
    expect(Object.values(withNumber.sources)[0].attribution).toContain('审图号：GS(2024)0000号');
  });

  test('attribution is text: markup from the environment is escaped for the map', () => {
    const hostile = basemapLayers(
      'tianditu',
      options({ tiandituKey: KEY, reviewNumber: '<img src=x onerror=alert(1)>' }),
    )!;
    const attribution = Object.values(hostile.sources)[0].attribution!;
    expect(attribution).not.toMatch(/<[a-z]/i);
    expect(attribution).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml(`a&"'`)).toBe('a&amp;&quot;&#39;');
  });

  test('every switcher option has an id the builder knows', () => {
    expect(BASEMAPS.map((b) => b.id)).toEqual(['offline', 'osm', 'tianditu']);
    expect(reviewNumberText('en', 'GS(2024)0000号')).toBe(
      'Map review number (审图号): GS(2024)0000号',
    );
  });
});

function expectValid(basemap: NonNullable<ReturnType<typeof basemapLayers>>) {
  const errors = validateStyleMin({
    version: 8,
    sources: basemap.sources,
    layers: basemap.layers,
  });
  expect(errors).toEqual([]);
  for (const layer of basemap.layers) expect(basemap.sources[layer.source]).toBeDefined();
}
