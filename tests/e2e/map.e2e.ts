import { afterAll, afterEach, describe, expect, test } from 'vitest';
import type { Locator } from 'playwright-core';
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

  /** Where the ready map puts each division's label point, and its fill colour there. */
  async function labelPoints() {
    const ready = await open();
    return ready.page.evaluate(() => {
      const map = (window as unknown as MapWindow).__hohhotMap;
      type Districts = { features: { properties: { code: string; label: [number, number] } }[] };
      const data = (map.getStyle().sources['districts'] as unknown as { data: Districts }).data;
      const fill = map.getPaintProperty('district-fill', 'fill-color') as unknown[];
      return data.features
        .filter((f) => f.properties.label)
        .map((f) => {
          const p = map.project(f.properties.label);
          const box = map.getCanvas().getBoundingClientRect();
          return {
            code: f.properties.code,
            x: Math.round(box.left + p.x),
            y: Math.round(box.top + p.y),
            colour: String(fill[fill.indexOf(f.properties.code) + 1]),
          };
        });
    });
  }

  /** Each point's colour in the first-view canvas, composited on the map's background. */
  async function expectFirstViewAt(
    canvas: Locator,
    points: Awaited<ReturnType<typeof labelPoints>>,
  ) {
    const drawn = await canvas.evaluate((element: HTMLCanvasElement, points) => {
      const context = element.getContext('2d', { willReadFrequently: true })!;
      const ratio = element.width / element.clientWidth;
      const box = element.getBoundingClientRect();
      return points.map(({ x, y }) => [
        ...context.getImageData(
          Math.round((x - box.left) * ratio),
          Math.round((y - box.top) * ratio),
          1,
          1,
        ).data,
      ]);
    }, points);
    const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
    const background = hex('#eef2f5');
    points.forEach((point, i) => {
      // The canvas sits on the map's background; composite it there, as the map draws
      // fill-opacity 0.75 over its background.
      const [r, g, b, a] = drawn[i];
      const composite = [r, g, b].map((c, k) => (c * a) / 255 + background[k] * (1 - a / 255));
      const expected = hex(point.colour).map((c, k) => c * 0.75 + background[k] * 0.25);
      composite.forEach((channel, k) => {
        expect(Math.abs(channel - expected[k]), `${point.code} channel ${k}`).toBeLessThan(8);
      });
    });
  }

  test('is drawn before MapLibre arrives, in the map’s frame and status colours', async () => {
    const points = await labelPoints();
    expect(points).toHaveLength(9);
    const waiting = await open('/', {
      waitForMap: false,
      beforeLoad: (context) => context.route(/\/maplibre-gl-[^/]*\.js$/, () => {}),
    });
    const canvas = waiting.page.locator('.first-view canvas');
    await canvas.waitFor();
    await expectFirstViewAt(canvas, points);
    await expect
      .poll(() => waiting.page.evaluate(() => performance.getEntriesByName('map:visible').length))
      .toBe(1);
  });

  test('is drawn by the page’s small entry before the app’s chunk runs, then adopted', async () => {
    const points = await labelPoints();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const early = await open('/', {
      waitForMap: false,
      // The app's chunk is held back: only the entry has run.
      beforeLoad: (context) =>
        context.route(/\/start-app-[^/]*\.js$/, async (route) => {
          await held;
          await route.continue();
        }),
    });
    const canvas = early.page.locator('#boot-first-view');
    await expect.poll(() => canvas.getAttribute('data-drawn')).toBeTruthy();
    await expectFirstViewAt(canvas, points);
    await expect
      .poll(() => early.page.evaluate(() => performance.getEntriesByName('map:visible').length))
      .toBe(1);
    expect(await early.page.getByTestId('map').count()).toBe(0);
    // Once the app runs, its first view holds that same canvas (nothing redrawn from scratch).
    release();
    await early.page.locator('.first-view canvas').waitFor({ state: 'attached' });
    expect(await early.page.locator('canvas[data-drawn]').count()).toBe(1);
    expect(await early.page.locator('#boot-first-view').count()).toBe(0);
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

  test('index.html names every script the page loads at start, so none waits to be asked for', async () => {
    const app = await open();
    const { loaded, named } = await app.page.evaluate(() => {
      const loaded = performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        // MapLibre's worker is started by its own chunk (prewarm), not by a link.
        .filter((path) => /\.m?js$/.test(path) && !path.includes('maplibre-gl-worker'));
      const named = [
        ...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]'),
        ...document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]'),
      ].map((element) => new URL('href' in element ? element.href : element.src).pathname);
      return { loaded, named };
    });
    // MapLibre's chunk (the largest) is among them.
    expect(loaded.some((path) => /\/maplibre-gl-[\w-]+\.js$/.test(path))).toBe(true);
    expect(loaded.filter((path) => !named.includes(path))).toEqual([]);
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
