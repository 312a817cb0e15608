import { afterAll, afterEach, describe, expect, test } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { artifactPath, jumpTo, markerPixel, nextIdle, usePages } from './harness.ts';
import type { Page } from 'playwright-core';

type MapWindow = Window & { __hohhotMap: MapLibreMap };

const open = usePages({ afterEach, afterAll, expect });

/** Yuquan District's seat, where 清泉街社区 and the district bureau are drawn. */
const YUQUAN_SEAT: [number, number] = [111.673881, 40.753655];

/**
 * Sites the map draws right now: single markers not hidden by the filter (it hides them
 * through feature-state, which sets their opacity to 0), plus the visible share of each
 * cluster (its badge shows that share).
 */
async function renderedSiteCount(page: Page, categories: string[]): Promise<number> {
  return page.evaluate((categories) => {
    const map = (window as unknown as MapWindow).__hohhotMap;
    const points = map
      .queryRenderedFeatures({ layers: ['site-points'] })
      .filter((f) => !map.getFeatureState({ source: 'sites', id: String(f.properties.id) }).hidden);
    const clusters = map.queryRenderedFeatures({ layers: ['site-clusters'] });
    const ids = new Set(points.map((f) => String(f.properties.id)));
    const inClusters = new Map<number, number>();
    for (const c of clusters) {
      const n = categories.reduce((sum, cat) => sum + Number(c.properties[cat] ?? 0), 0);
      inClusters.set(Number(c.properties.cluster_id), n);
    }
    return ids.size + [...inClusters.values()].reduce((a, b) => a + b, 0);
  }, categories);
}

const ALL = [
  'court',
  'community',
  'service_hall',
  'supervision_office',
  'hotline',
  'legal_culture',
  'school',
];

describe('site markers', () => {
  test('clicking a marker opens the site’s panel, which says why the marker is hollow', async () => {
    const app = await open();
    await jumpTo(app.page, YUQUAN_SEAT, 12);
    const pixel = await markerPixel(app.page, 'qingquanjie');
    expect(pixel, 'the 清泉街社区 marker is drawn').not.toBeNull();
    await app.page.mouse.click(pixel!.x, pixel!.y);
    const panel = app.page.getByTestId('site-panel');
    await panel.waitFor();
    const text = await panel.innerText();
    expect(text).toContain('清泉街社区');
    expect(text).toContain('Qingquanjie Community');
    expect(text).toContain('全国新时代“枫桥经验”先进典型');
    expect(text).toContain('荷香唠嗑室');
    expect(text).toContain('150104002004');
    expect(await panel.getByTestId('site-precision').innerText()).toBe(
      '点位为所在旗县区政府驻地，非实际地址',
    );
    const selected = await app.page.evaluate(
      () =>
        (window as unknown as MapWindow).__hohhotMap.getFeatureState({
          source: 'sites',
          id: 'qingquanjie',
        }).selected,
    );
    expect(selected).toBe(true);
    await app.page.screenshot({ path: artifactPath('site-selected.png') });
  });

  test('hovering a marker shows a tooltip with its name and category', async () => {
    const app = await open();
    await jumpTo(app.page, YUQUAN_SEAT, 12);
    const pixel = await markerPixel(app.page, 'qingquanjie');
    await app.page.mouse.move(pixel!.x, pixel!.y);
    const tooltip = app.page.getByRole('tooltip');
    await tooltip.waitFor();
    expect(await tooltip.innerText()).toContain('清泉街社区');
    expect(await tooltip.innerText()).toContain('社区');
  });

  test('clicking a cluster zooms in to it', async () => {
    const app = await open();
    const cluster = await app.page.evaluate(() => {
      const map = (window as unknown as MapWindow).__hohhotMap;
      const feature = map.queryRenderedFeatures({ layers: ['site-clusters'] })[0];
      if (!feature || feature.geometry.type !== 'Point') return null;
      const p = map.project(feature.geometry.coordinates as [number, number]);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y, zoom: map.getZoom() };
    });
    expect(cluster, 'a cluster is drawn in the first view').not.toBeNull();
    await app.page.mouse.click(cluster!.x, cluster!.y);
    await expect
      .poll(() => app.page.evaluate(() => (window as unknown as MapWindow).__hohhotMap.getZoom()))
      .toBeGreaterThan(cluster!.zoom + 0.5);
  });

  test('a division’s panel lists its sites and the city-wide bodies, each selectable', async () => {
    const app = await open();
    await app.page.getByRole('button', { name: '玉泉区', exact: true }).click();
    const panel = app.page.getByTestId('district-panel');
    await panel.getByRole('button', { name: '清泉街社区' }).click();
    await app.page.getByTestId('site-panel').waitFor();
    await app.page.getByRole('button', { name: '关闭' }).click();
    await app.page.getByRole('button', { name: '武川县', exact: true }).click();
    await panel.getByRole('button', { name: '12345政务便民服务热线' }).click();
    const site = await app.page.getByTestId('site-panel').innerText();
    expect(site).toContain('全国十佳杰出热线典范');
    expect(site).toContain('地图上无点位');
  });
});

describe('filters', () => {
  test('hiding a category changes the legend counts and the rendered markers', async () => {
    const app = await open();
    const shown = app.page.getByTestId('sites-shown');
    expect(await shown.innerText()).toBe('显示 25 / 25 个地点');
    expect(await renderedSiteCount(app.page, ALL)).toBe(16);
    await app.page.getByRole('checkbox', { name: '显示或隐藏：行政执法协调监督' }).uncheck();
    await nextIdle(app.page);
    expect(await shown.innerText()).toBe('显示 15 / 25 个地点');
    const visible = ALL.filter((c) => c !== 'supervision_office');
    expect(await renderedSiteCount(app.page, visible)).toBe(7);
    await app.page.getByRole('button', { name: '玉泉区', exact: true }).click();
    const panel = await app.page.getByTestId('district-panel').innerText();
    expect(panel).not.toContain('玉泉区行政执法协调监督局');
    expect(panel).toContain('清泉街社区');
  });

  test('the honour-level filter keeps only sites with an honour at that level', async () => {
    const app = await open();
    await app.page.getByLabel('荣誉级别').selectOption('national');
    await nextIdle(app.page);
    expect(await app.page.getByTestId('sites-shown').innerText()).toBe('显示 2 / 25 个地点');
  });
});

describe('keyboard and screen readers', () => {
  test('a keyboard-only walk: search to a site’s panel, Escape back, arrows between divisions', async () => {
    const app = await open();
    await app.page.keyboard.press('/');
    await app.page.keyboard.type('清泉街');
    await app.page.getByRole('option').first().waitFor();
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('Enter');
    const panel = app.page.getByTestId('site-panel').or(app.page.getByTestId('community-panel'));
    await panel.first().waitFor();
    expect(await app.page.getByTestId('announcer').innerText()).toContain('清泉街社区');
    // Focus moved into the panel, to its heading.
    expect(await app.page.evaluate(() => document.activeElement?.id)).toBe('details-title');
    await app.page.keyboard.press('Escape');
    await panel.first().waitFor({ state: 'detached' });

    await app.page.getByRole('button', { name: '托克托县', exact: true }).focus();
    await app.page.keyboard.press('Enter');
    await app.page.getByTestId('district-panel').waitFor();
    await app.page.keyboard.press('ArrowDown');
    await expect.poll(() => app.page.locator('#details-title').innerText()).toContain('清水河县');
    expect(await app.page.getByTestId('announcer').innerText()).toBe('已选中：清水河县');
  });

  test('? opens the keyboard help', async () => {
    const app = await open();
    await app.page.locator('body').press('?');
    const dialog = app.page.getByTestId('help-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.innerText()).toContain('移到相邻的旗县区');
    await app.page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });
});

describe('phones', () => {
  test('at 390×844 the panel is a bottom sheet and controls are at least 44 px', async () => {
    const app = await open('/', { viewport: { width: 390, height: 844 } });
    const side = await app.page.locator('aside.side').boundingBox();
    expect(side).not.toBeNull();
    expect(side!.y + side!.height).toBeCloseTo(844, 0);
    expect(side!.height).toBeLessThan(844 * 0.5);
    const small = await app.page.evaluate(() =>
      [...document.querySelectorAll('button, select, input[type="search"], [role="combobox"]')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && el.closest('dialog') === null;
        })
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.height < 44 || r.width < 44;
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(small).toEqual([]);
    await app.page.getByRole('button', { name: '玉泉区', exact: true }).click();
    await app.page.getByTestId('district-panel').waitFor();
    await app.page.screenshot({ path: artifactPath('phone-bottom-sheet.png') });
  });
});
