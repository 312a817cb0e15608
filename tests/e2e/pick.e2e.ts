/**
 * The maintainers' point picker (`?pick=1`): a click gives the WGS84 position to six decimals,
 * the division it falls in and a template row; it selects nothing, the link keeps pick=1, no
 * notice is shown, and it works the same over an online basemap.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { jumpTo, nextIdle, usePages } from './harness.ts';
import { TILE_ORIGIN, startTileServer, type TileServer } from './tile-server.ts';

type MapWindow = Window & { __hohhotMap: MapLibreMap };

const open = usePages({ afterEach, afterAll, expect });
const openBasemapBuild = usePages(
  { afterEach, afterAll, expect },
  { baseUrl: inject('basemapBaseUrl') },
);

/** The qingquanjie site's point, the seat of 玉泉区. */
const SEAT: [number, number] = [111.673881, 40.753655];

/** Click the map `dx`, `dy` pixels from its centre; returns the WGS84 point under the pointer. */
async function clickMap(page: Page, dx: number, dy: number) {
  const target = await page.evaluate(
    ({ dx, dy }) => {
      const map = (window as unknown as MapWindow).__hohhotMap;
      const rect = map.getCanvas().getBoundingClientRect();
      // Whole pixels of the page: the pointer's position is an integer there.
      const x = Math.round(rect.left + rect.width / 2 + dx);
      const y = Math.round(rect.top + rect.height / 2 + dy);
      const { lng, lat } = map.unproject([x - rect.left, y - rect.top]);
      return { x, y, lng, lat };
    },
    { dx, dy },
  );
  await page.mouse.click(target.x, target.y);
  return target;
}

const sixDecimals = (value: number) => (Math.round(value * 1e6) / 1e6).toFixed(6);

function rowCells(page: Page): Promise<string[]> {
  return page
    .getByRole('textbox', { name: /表格行|Sheet row/ })
    .inputValue()
    .then((tsv) => tsv.split('\t'));
}

describe('the point picker', () => {
  test('a click shows the WGS84 position, the division and a template row, and selects nothing', async () => {
    const app = await open('/?pick=1');
    const { page } = app;
    const picker = page.getByTestId('point-picker');
    await picker.waitFor();
    expect(await page.getByTestId('pick-datum').innerText()).toContain('坐标系：WGS84');
    expect(await page.getByTestId('pick-datum').innerText()).toContain('不作任何换算');
    expect(await page.getByTestId('notice').innerText()).toBe('');

    await jumpTo(page, SEAT, 13);
    const clicked = await clickMap(page, 12, -8);
    await expect
      .poll(() => page.getByTestId('pick-lon').innerText())
      .toBe(sixDecimals(clicked.lng));
    expect(await page.getByTestId('pick-lat').innerText()).toBe(sixDecimals(clicked.lat));
    expect(await page.getByTestId('pick-division').innerText()).toBe('玉泉区（150104）');

    const cells = await rowCells(page);
    expect(cells).toHaveLength(15);
    expect(cells.slice(4, 8)).toEqual([
      '玉泉区',
      sixDecimals(clicked.lng),
      sixDecimals(clicked.lat),
      'WGS84',
    ]);
    expect(cells[9]).toBe('用本图的取点工具在离线底图上点选。');

    // Nothing was selected: no panel, no selection in the link, which keeps pick=1.
    expect(await page.getByTestId('district-panel').count()).toBe(0);
    const params = await page.evaluate(() => window.location.search);
    expect(params).toMatch(/(^\?|&)pick=1$/);
    expect(params).not.toMatch(/district=|site=/);

    // The picked point is drawn.
    await nextIdle(page);
    const drawn = await page.evaluate(
      () =>
        (window as unknown as MapWindow).__hohhotMap.queryRenderedFeatures({
          layers: ['pick-point'],
        }).length,
    );
    expect(drawn).toBe(1);
  });

  test('takes the map’s centre from the keyboard, and copies the row', async () => {
    const app = await open('/?pick=1&lang=en');
    const { page, context, baseUrl } = app;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await page.getByTestId('point-picker').waitFor();
    await jumpTo(page, [111.7, 40.8], 11);
    const centre = page.getByRole('button', { name: 'Take the map’s centre' });
    await centre.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('pick-lon').innerText()).toBe('111.700000');
    expect(await page.getByTestId('pick-lat').innerText()).toBe('40.800000');
    expect(await page.getByTestId('pick-division').innerText()).toBe('Saihan District (150105)');

    const row = await page.getByRole('textbox', { name: /Sheet row/ }).inputValue();
    await page.getByRole('button', { name: 'Copy this row' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Copied.' }).count())
      .toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(row);
    expect(row.split('\t').slice(4, 8)).toEqual([
      'Saihan District',
      '111.700000',
      '40.800000',
      'WGS84',
    ]);
  });

  test('outside Hohhot it says so', async () => {
    const { page } = await open('/?pick=1');
    await page.getByTestId('point-picker').waitFor();
    await jumpTo(page, [112.6, 40.6], 10);
    await page.getByRole('button', { name: '取地图中心点' }).click();
    await expect
      .poll(() => page.getByTestId('pick-division').innerText())
      .toBe('不在呼和浩特市九个旗县区内');
    expect((await rowCells(page))[4]).toBe('');
  });

  test('is not there without pick=1, and clicks select as usual', async () => {
    const { page } = await open('/');
    expect(await page.getByTestId('point-picker').count()).toBe(0);
    await jumpTo(page, SEAT, 13);
    await clickMap(page, 12, -8);
    await page.getByTestId('district-panel').waitFor();
  });
});

describe('the point picker over an online basemap', () => {
  let tiles: TileServer;
  beforeAll(async () => {
    tiles = await startTileServer();
  });
  afterAll(() => tiles.close());

  test('picks the same way over OpenStreetMap, and says which basemap', async () => {
    const { page } = await openBasemapBuild('/?pick=1', { allowOrigins: [TILE_ORIGIN] });
    await page.getByTestId('point-picker').waitFor();
    const menu = page.getByRole('button', { name: '选择底图' });
    if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
    await page.getByRole('radio', { name: 'OpenStreetMap' }).check();
    await page.waitForFunction(() =>
      (window as unknown as MapWindow).__hohhotMap
        .getStyle()
        .layers.some((layer) => layer.id.startsWith('basemap-')),
    );
    await jumpTo(page, SEAT, 13);
    const clicked = await clickMap(page, -10, 6);
    await expect
      .poll(() => page.getByTestId('pick-lon').innerText())
      .toBe(sixDecimals(clicked.lng));
    expect(await page.getByTestId('pick-datum').innerText()).toContain(
      '当前底图：OpenStreetMap（WGS84）',
    );
    expect((await rowCells(page))[9]).toBe('用本图的取点工具在OpenStreetMap 底图上点选。');
    expect(tiles.requests.length).toBeGreaterThan(0);
  });
});
