import { afterAll, afterEach, describe, expect, test } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { artifactPath, nextIdle, type AppPage, usePages } from './harness.ts';

type MapWindow = Window & { __hohhotMap: MapLibreMap };

const open = usePages({ afterEach, afterAll, expect });

/** Division codes whose fill is drawn on screen right now. */
async function renderedDivisionCodes(app: AppPage): Promise<string[]> {
  return app.page.evaluate(() => {
    const map = (window as unknown as MapWindow).__hohhotMap;
    const features = map.queryRenderedFeatures({ layers: ['district-fill'] });
    return [...new Set(features.map((f) => String(f.properties.code)))].sort();
  });
}

/** The screen position of a division's label point (inside its largest part). */
async function labelPixel(app: AppPage, code: string): Promise<{ x: number; y: number }> {
  return app.page.evaluate((code) => {
    const map = (window as unknown as MapWindow).__hohhotMap;
    type Districts = { features: { properties: { code: string; label: [number, number] } }[] };
    const data = (map.getStyle().sources['districts'] as unknown as { data: Districts }).data;
    const feature = data.features.find((f) => f.properties.code === code);
    if (!feature) throw new Error(`no division ${code}`);
    const point = map.project(feature.properties.label);
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: rect.left + point.x, y: rect.top + point.y };
  }, code);
}

describe('the first view', () => {
  test('draws the nine divisions, fitted to the city, with no outside request', async () => {
    const app = await open();
    expect(await renderedDivisionCodes(app)).toEqual([
      '150102',
      '150103',
      '150104',
      '150105',
      '150121',
      '150122',
      '150123',
      '150124',
      '150125',
    ]);
    const style = await app.page.evaluate(() =>
      (window as unknown as MapWindow).__hohhotMap.getStyle(),
    );
    expect(style.glyphs).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
    }
    await app.page.screenshot({ path: artifactPath('first-view.png') });
  });

  test('the production bundle has no bench code', async () => {
    const app = await open();
    const scripts = await app.page.evaluate(async () => {
      const urls = performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => /\.m?js$/.test(name));
      return Promise.all(urls.map(async (url) => ({ url, text: await (await fetch(url)).text() })));
    });
    expect(scripts.length).toBeGreaterThan(3);
    for (const { url, text } of scripts) {
      expect(text.includes('__bench'), url).toBe(false);
      expect(text.includes('benchData'), url).toBe(false);
    }
  });

  test('index.html preloads the app’s code and data, but not MapLibre, which waits for the first frame', async () => {
    const app = await open();
    const { loaded, named, firstPaint, mapStart } = await app.page.evaluate(() => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const path = (url: string) => new URL(url, location.href).pathname;
      const loaded = entries
        .map((entry) => path(entry.name))
        .filter((p) => /\.m?js$/.test(p) && !/maplibre-gl/.test(p));
      const named = [
        ...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]'),
        ...document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]'),
      ].map((element) => path('href' in element ? element.href : element.src));
      const map = entries.find((entry) => /\/maplibre-gl-[\w-]+\.js$/.test(entry.name));
      return {
        loaded,
        named,
        firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        mapStart: map?.startTime ?? NaN,
      };
    });
    // Every script of the app's start is named by index.html, so none waits to be asked for…
    expect(loaded.filter((path) => !named.includes(path))).toEqual([]);
    // …except MapLibre, which is not named, and is asked for once the first frame is on screen.
    expect(named.some((path) => /maplibre-gl/.test(path))).toBe(false);
    expect(mapStart).toBeGreaterThanOrEqual(firstPaint);
  });

  test('the legend names each status with how many divisions hold it: 4 and 5', async () => {
    const app = await open();
    const legend = app.page.getByRole('region', { name: '法治政府建设示范创建' });
    const rows = legend.getByRole('listitem');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).innerText()).toContain('自治区法治政府建设示范旗县区');
    expect(await rows.nth(0).getByTestId('legend-count').innerText()).toBe('4 个旗县区');
    expect(await rows.nth(1).innerText()).toContain('来源文章未提及示范称号');
    expect(await rows.nth(1).getByTestId('legend-count').innerText()).toBe('5 个旗县区');
  });

  test('the header shows the city’s demonstration honours', async () => {
    const app = await open();
    const header = await app.page.getByRole('banner').innerText();
    expect(header).toContain('自治区法治政府建设示范市');
    expect(header).toContain('2023');
    expect(header).toContain('全国法治政府建设示范市');
  });

  test('the map draws division labels with local fonts, one per division', async () => {
    const app = await open();
    const labels = await app.page.evaluate(() => {
      const map = (window as unknown as MapWindow).__hohhotMap;
      return map
        .queryRenderedFeatures({ layers: ['district-label'] })
        .map((f) => String(f.properties.name_zh));
    });
    expect(labels.length).toBeGreaterThanOrEqual(5);
    expect(new Set(labels).size).toBe(labels.length); // 玉泉区 is not labelled twice
  });
});

describe('hover and selection', () => {
  test('hovering a division highlights it through feature-state', async () => {
    const app = await open();
    const { x, y } = await labelPixel(app, '150125');
    await app.page.mouse.move(x, y);
    await expect
      .poll(() =>
        app.page.evaluate(
          () =>
            (window as unknown as MapWindow).__hohhotMap.getFeatureState({
              source: 'districts',
              id: '150125',
            }).hover,
        ),
      )
      .toBe(true);
  });

  test('clicking 玉泉区 on the map opens its panel with its status and honour', async () => {
    const app = await open();
    const { x, y } = await labelPixel(app, '150104');
    await app.page.mouse.click(x, y);
    const panel = app.page.getByTestId('district-panel');
    await panel.waitFor();
    const text = await panel.innerText();
    expect(text).toContain('玉泉区');
    expect(text).toContain('Yuquan District');
    expect(text).toContain('150104');
    expect(await panel.getByTestId('district-status').innerText()).toBe(
      '自治区法治政府建设示范旗县区',
    );
    expect(text).toContain('政治引领强机制 法治护航新征程');
    const selected = await app.page.evaluate(
      () =>
        (window as unknown as MapWindow).__hohhotMap.getFeatureState({
          source: 'districts',
          id: '150104',
        }).selected,
    );
    expect(selected).toBe(true);
    await app.page.screenshot({ path: artifactPath('yuquan-selected.png') });
  });

  test('a division with no title says so, and Escape closes the panel', async () => {
    const app = await open();
    await app.page.getByRole('button', { name: '武川县' }).click();
    const panel = app.page.getByTestId('district-panel');
    expect(await panel.getByTestId('district-status').innerText()).toBe('来源文章未提及示范称号');
    await app.page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
  });
});

describe('languages', () => {
  test('the English toggle switches the UI and the map labels', async () => {
    const app = await open();
    await app.page.getByRole('button', { name: 'Switch to English' }).click();
    await nextIdle(app.page);
    expect(await app.page.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Hohhot rule-of-law map',
    );
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('en');
    const labelImage = await app.page.evaluate(() =>
      (window as unknown as MapWindow).__hohhotMap.getLayoutProperty(
        'district-label',
        'icon-image',
      ),
    );
    expect(labelImage).toEqual(['concat', 'label:district:', ['get', 'name_en']]);
    // The English label images were drawn for the divisions on screen.
    await expect
      .poll(() =>
        app.page.evaluate(() =>
          (window as unknown as MapWindow).__hohhotMap.hasImage('label:district:Yuquan District'),
        ),
      )
      .toBe(true);
    const legend = await app.page
      .getByRole('region', { name: 'Rule-of-law government demonstration' })
      .innerText();
    expect(legend).toContain('4 divisions');
    expect(legend).toContain('5 divisions');
  });
});
