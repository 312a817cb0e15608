import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { nextIdle, usePages } from './harness.ts';
import { TILE_ORIGIN, startTileServer, type TileServer } from './tile-server.ts';

type MapWindow = Window & { __hohhotMap: MapLibreMap };

const KEY = '0123456789abcdef0123456789abcdef';
const open = usePages({ afterEach, afterAll, expect }, { baseUrl: inject('basemapBaseUrl') });

let tiles: TileServer;
beforeAll(async () => {
  tiles = await startTileServer();
});
afterAll(() => tiles.close());
beforeEach(() => {
  tiles.requests.length = 0;
  tiles.mode = 'ok';
});

function openWithTiles(options: Parameters<typeof open>[1] = {}) {
  return open('/', { allowOrigins: [TILE_ORIGIN], ...options });
}

/** Layer ids of the live style, bottom first. */
function layerIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as MapWindow).__hohhotMap.getStyle().layers.map((l) => l.id),
  );
}

function attribution(page: Page): Promise<string> {
  return page.locator('.maplibregl-ctrl-attrib-inner').innerText();
}

/** Open the map's layers control, where the basemaps are chosen (if it is not open). */
async function openBasemaps(page: Page) {
  const button = page.getByRole('button', { name: '选择底图' });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
}

/** Pick a basemap and wait until its layers are in the style and the map has settled. */
async function pick(page: Page, name: string, layer: string | null) {
  await openBasemaps(page);
  await page.getByRole('radio', { name }).check();
  await page.waitForFunction((layer) => {
    const ids = (window as unknown as MapWindow).__hohhotMap.getStyle().layers.map((l) => l.id);
    return layer ? ids.includes(layer) : !ids.some((id) => id.startsWith('basemap-'));
  }, layer);
  await nextIdle(page);
}

describe('online basemaps', () => {
  test('the app makes no tile request until the user picks an online basemap', async () => {
    const app = await openWithTiles();
    await nextIdle(app.page);
    expect(tiles.requests).toEqual([]);
    await openBasemaps(app.page);
    expect(await app.page.getByRole('radio', { name: '离线底图' }).isChecked()).toBe(true);
    expect((await layerIds(app.page)).filter((id) => id.startsWith('basemap-'))).toEqual([]);
  });

  test('OpenStreetMap: tiles from the configured server only, under the divisions, attributed', async () => {
    const app = await openWithTiles();
    await pick(app.page, 'OpenStreetMap', 'basemap-osm');
    expect(tiles.requests.length).toBeGreaterThan(0);
    expect(tiles.requests.every((path) => /^\/osm\/\d+\/\d+\/\d+\.png$/.test(path))).toBe(true);
    const ids = await layerIds(app.page);
    expect(ids.slice(0, 3)).toEqual(['background', 'basemap-osm', 'neighbour-fill']);
    expect(
      await app.page.evaluate(() =>
        (window as unknown as MapWindow).__hohhotMap.isSourceLoaded('basemap-osm'),
      ),
    ).toBe(true);
    expect(await attribution(app.page)).toContain('© OpenStreetMap contributors');
    expect(await app.page.getByTestId('basemap-attribution').innerText()).toBe(
      '© OpenStreetMap contributors',
    );

    // Back to the offline basemap: the layers and the attribution go.
    await pick(app.page, '离线底图', null);
    expect(await attribution(app.page)).not.toContain('OpenStreetMap');
  });

  test('tiles that fail (server error) bring back the offline basemap with a notice', async () => {
    tiles.mode = 'error';
    const app = await openWithTiles({ expectedConsoleErrors: [/status of 500/] });
    // click, not check: the radio may already be back on the offline basemap when it returns.
    await openBasemaps(app.page);
    await app.page.getByRole('radio', { name: 'OpenStreetMap' }).click();
    const notice = app.page.getByRole('status').filter({ hasText: '在线底图无法加载' });
    await notice.waitFor();
    expect(await app.page.getByRole('radio', { name: '离线底图' }).isChecked()).toBe(true);
    await nextIdle(app.page);
    expect((await layerIds(app.page)).filter((id) => id.startsWith('basemap-'))).toEqual([]);
    expect(tiles.requests.length).toBeGreaterThan(0);
  });

  test('no connection (offline): the same fallback, and picking again tries again', async () => {
    const app = await openWithTiles({
      expectedConsoleErrors: [/ERR_INTERNET_DISCONNECTED/],
      beforeLoad: (context) =>
        context.route(`${TILE_ORIGIN}/**`, (route) => route.abort('internetdisconnected')),
    });
    const notice = app.page.getByRole('status').filter({ hasText: '在线底图无法加载' });
    for (let attempt = 0; attempt < 2; attempt++) {
      await openBasemaps(app.page);
      await app.page.getByRole('radio', { name: 'OpenStreetMap' }).click();
      await notice.waitFor();
      expect(await app.page.getByRole('radio', { name: '离线底图' }).isChecked()).toBe(true);
      await app.page.getByRole('button', { name: '关闭提示' }).click();
      await notice.waitFor({ state: 'detached' });
    }
  });

  test('Tianditu: disabled until a key is entered, then vec_w + cva_w (eva_w in English)', async () => {
    const app = await openWithTiles();
    await openBasemaps(app.page);
    const radio = app.page.getByRole('radio', { name: '天地图' });
    expect(await radio.isDisabled()).toBe(true);
    await app.page.getByRole('textbox', { name: '天地图密钥' }).fill('not a key!');
    await app.page.getByRole('button', { name: '使用密钥' }).click();
    expect(await radio.isDisabled()).toBe(true);
    await app.page.getByRole('textbox', { name: '天地图密钥' }).fill(KEY);
    await app.page.getByRole('button', { name: '使用密钥' }).click();
    await pick(app.page, '天地图', 'basemap-tianditu-cva');

    const ids = await layerIds(app.page);
    expect(ids.slice(0, 4)).toEqual([
      'background',
      'basemap-tianditu-vec',
      'basemap-tianditu-cva',
      'neighbour-fill',
    ]);
    const layers = new Set(tiles.requests.map((path) => path.split('/')[2]));
    expect([...layers].sort()).toEqual(['cva', 'vec']);
    expect(tiles.requests.every((path) => path.endsWith(`?tk=${KEY}`))).toBe(true);
    expect(await attribution(app.page)).toContain('审图号：GS(0000)0000号');
    // The key never reaches the URL.
    expect(app.page.url()).not.toContain(KEY);

    tiles.requests.length = 0;
    await app.page.getByRole('button', { name: 'Switch to English' }).click();
    await app.page.waitForFunction(() =>
      (window as unknown as MapWindow).__hohhotMap
        .getStyle()
        .layers.some((l) => l.id === 'basemap-tianditu-eva'),
    );
    await nextIdle(app.page);
    expect(tiles.requests.some((path) => path.startsWith('/tianditu/eva/'))).toBe(true);
    expect(await attribution(app.page)).toContain('Map review number (审图号): GS(0000)0000号');
  });
});
