/**
 * The first view in index.html (build/first-view-html.ts): the nine divisions on the page's
 * first frame with no script, clickable before MapLibre (and before the app's own chunk),
 * and handed over to the map in the same frame. Pixels are read from screenshots, as a person
 * sees them.
 */
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { artifactPath, usePages, waitForMapIdle } from './harness.ts';
import { distance, hex, meanColours, over, type Rgb } from './pixels.ts';
import { deriveStatuses } from '../../src/lib/data/status.ts';
import { HATCHED_STATUSES, statusScale } from '../../src/lib/map/status-scale.ts';
import { shownFill } from '../../src/lib/theme/palette.ts';
import type { Honour } from '../../src/lib/data/schema.ts';

const open = usePages({ afterEach, afterAll, expect });

const statuses = deriveStatuses(JSON.parse(readFileSync('geo/honours.json', 'utf8')) as Honour[]);
const scale = statusScale();
/** The map's background under the divisions (style.ts, and .fv-city in app.css). */
const MAP_BACKGROUND = hex('#eef2f5');
const WHITE: Rgb = [255, 255, 255];

/**
 * How far a colour is from what a person may see inside a division: its colour at 0.75 over
 * the map's background or, if it is hatched, any mix of that and a stripe (a pixel on a
 * stripe's antialiased edge is between the two).
 */
function offDivision(code: string, seen: Rgb): number {
  const status = statuses[code as keyof typeof statuses];
  const fill = over(hex(scale(status)), 0.75, MAP_BACKGROUND);
  if (!HATCHED_STATUSES.includes(status)) return distance(fill, seen);
  const stripe = over(WHITE, 0.53, fill);
  const along = fill.map((c, i) => stripe[i]! - c);
  const t = Math.min(
    1,
    Math.max(
      0,
      along.reduce((sum, d, i) => sum + d * (seen[i]! - fill[i]!), 0) /
        along.reduce((sum, d) => sum + d * d, 0),
    ),
  );
  return distance(
    fill.map((c, i) => c + t * along[i]!),
    seen,
  );
}

/** Each division's label point on the page (the centre of its name in the first view). */
async function firstViewLabels(page: Page): Promise<{ code: string; x: number; y: number }[]> {
  const texts = page.locator('#first-view .fv-labels text');
  await texts.first().waitFor();
  const out = [];
  for (const text of await texts.all()) {
    const box = await text.boundingBox();
    const code = await text.getAttribute('data-code');
    if (box && code) out.push({ code, x: box.x + box.width / 2, y: box.y + box.height / 2 });
  }
  return out;
}

/** Holds back every request matching `pattern` until `release()`. */
async function hold(context: BrowserContext, pattern: RegExp) {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

/**
 * The hand-over compares the mean colour of a 25 px square (about one period of the hatch,
 * whose stripes the picture and the map may place a pixel or two apart).
 */
const HAND_OVER_RADIUS = 12;
const MAPLIBRE = /\/maplibre-gl-[\w-]+\.js$/;
const APP_CHUNK = /\/start-app-[\w-]+\.js$/;

describe('the first view in index.html', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    test(`with scripts blocked it shows the nine divisions in their colours (${viewport.width} px)`, async () => {
      const app = await open('/', { viewport, javaScriptEnabled: false, waitForMap: false });
      const labels = await firstViewLabels(app.page);
      expect(labels.map((l) => l.code).sort()).toEqual(Object.keys(statuses).sort());
      const png = await app.page.screenshot({
        path: artifactPath(`first-view-no-script-${viewport.width}.png`),
      });
      const below = labels.map((l) => ({ ...l, y: l.y + 12 }));
      const seen = await meanColours(png, below);
      // Which division lies at each point: asked of the same page with scripts (which frame
      // the view identically), where the app is held back.
      const scripted = await open('/', {
        viewport,
        waitForMap: false,
        beforeLoad: (context) => context.route(APP_CHUNK, () => undefined),
      });
      await firstViewLabels(scripted.page);
      const under = await scripted.page.evaluate(
        (points) =>
          points.map(
            ({ x, y }) =>
              document.elementFromPoint(x, y)?.closest<SVGElement>('.fv-d')?.dataset.code ?? '',
          ),
        below,
      );
      // Most names have their own division under them (a small one may not, on a phone),
      // and the pixel there is that division's colour (a point on a boundary line is not:
      // at most two may fall on one).
      expect(under.filter((code, i) => code === below[i]!.code).length).toBeGreaterThanOrEqual(7);
      const wrong = below
        .map((point, i) => ({ point, code: under[i]!, seen: seen[i]! }))
        .filter(({ code, seen }) => !/^\d{6}$/.test(code) || offDivision(code, seen) >= 12);
      expect(wrong.length, JSON.stringify(wrong)).toBeLessThanOrEqual(2);
    });
  }

  test('it follows the colour theme: the system’s without script, the link’s with it', async () => {
    const picture = (page: Page) =>
      page.locator('#first-view img.fv-picture').evaluate((img: HTMLImageElement) => {
        const complete = img.complete && img.naturalWidth > 0;
        return { src: new URL(img.currentSrc).pathname, complete };
      });
    const dark = await open('/', {
      colorScheme: 'dark',
      javaScriptEnabled: false,
      waitForMap: false,
    });
    await expect.poll(() => picture(dark.page)).toMatchObject({ complete: true });
    expect((await picture(dark.page)).src).toMatch(/\/first-view-dark-[\w-]+\.png$/);
    const labels = await firstViewLabels(dark.page);
    const wuchuan = labels.find((l) => l.code === '150125')!;
    const [seen] = await meanColours(await dark.page.screenshot(), [
      { x: wuchuan.x, y: wuchuan.y + 16 },
    ]);
    const shown = hex(shownFill('dark', 'none_named'));
    expect(distance(seen!, shown), `${seen} against ${shown}`).toBeLessThan(12);
    // A theme chosen in the link wins over the system's (the entry picks the picture).
    const light = await open('/?theme=light', {
      colorScheme: 'dark',
      waitForMap: false,
      beforeLoad: (context) => context.route(MAPLIBRE, () => undefined),
    });
    await expect
      .poll(async () => (await picture(light.page)).src)
      .toMatch(/\/first-view-light-[\w-]+\.png$/);
  });

  test('a click on 玉泉区 before the app has run is shown at once, and opens its panel when it runs', async () => {
    let releaseApp = () => undefined as void;
    const app = await open('/', {
      waitForMap: false,
      beforeLoad: async (context) => (releaseApp = await hold(context, APP_CHUNK)),
    });
    const labels = await firstViewLabels(app.page);
    const yuquan = labels.find((l) => l.code === '150104')!;
    await app.page.mouse.click(yuquan.x, yuquan.y + 4);
    // The page did not follow the division's link: the entry took the click.
    expect(new URL(app.page.url()).search).toBe('');
    await expect
      .poll(() => app.page.locator('#first-view use.fv-selected').getAttribute('href'))
      .toBe('#fv-p-150104');
    expect(await app.page.getByTestId('district-panel').count()).toBe(0);
    releaseApp();
    await expect
      .poll(() => app.page.getByTestId('district-panel').innerText(), { timeout: 20_000 })
      .toContain('玉泉区');
    await waitForMapIdle(app.page);
  });

  test('before MapLibre: click, hover and arrow keys work as on the map; the map takes over the same frame', async () => {
    let releaseMap = () => undefined as void;
    const app = await open('/', {
      waitForMap: false,
      beforeLoad: async (context) => (releaseMap = await hold(context, MAPLIBRE)),
    });
    const { page } = app;
    const labels = await firstViewLabels(page);
    // The app runs (the search box is there) while MapLibre is held back.
    await page.getByRole('combobox', { name: '搜索' }).waitFor();
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('map:interactive').length))
      .toBe(1);
    const at = (code: string) => labels.find((l) => l.code === code)!;
    await page.mouse.move(at('150102').x, at('150102').y + 4);
    await expect
      .poll(() => page.locator('#first-view use.fv-hover').getAttribute('href'))
      .toBe('#fv-p-150102');
    await page.mouse.click(at('150104').x, at('150104').y + 4);
    await expect.poll(() => page.getByTestId('district-panel').innerText()).toContain('玉泉区');
    expect(await page.locator('#first-view use.fv-selected').getAttribute('href')).toBe(
      '#fv-p-150104',
    );
    // Arrow keys move the selection to a neighbour, as on the map; a click brings it back.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('district-panel').innerText()).not.toContain('玉泉区');
    const moved = await page.locator('#first-view use.fv-selected').getAttribute('href');
    expect(moved).toMatch(/^#fv-p-\d{6}$/);
    expect(moved).not.toBe('#fv-p-150104');
    await page.mouse.click(at('150104').x, at('150104').y + 4);
    await expect.poll(() => page.getByTestId('district-panel').innerText()).toContain('玉泉区');
    await page.mouse.move(5, 400);

    // Before and after the hand-over, about 12 px below each name: the same colours.
    const points = labels.map((l) => ({ ...l, y: l.y + 12 }));
    const before = await meanColours(
      await page.screenshot({ path: artifactPath('first-view-before-map.png') }),
      points,
      HAND_OVER_RADIUS,
    );
    releaseMap();
    await waitForMapIdle(page);
    expect(await page.locator('#first-view').count()).toBe(0);
    const selected = await page.evaluate(
      () =>
        (
          window as unknown as { __hohhotMap: import('maplibre-gl').Map }
        ).__hohhotMap.getFeatureState({ source: 'districts', id: '150104' }).selected,
    );
    expect(selected).toBe(true);
    const after = await meanColours(
      await page.screenshot({ path: artifactPath('first-view-after-map.png') }),
      points,
      HAND_OVER_RADIUS,
    );
    points.forEach((point, i) => {
      expect(
        distance(before[i]!, after[i]!),
        `${point.code}: ${before[i]} → ${after[i]}`,
      ).toBeLessThan(16);
    });
  });

  test('a link with a camera: the first view shows what the map then shows', async () => {
    let releaseMap = () => undefined as void;
    const app = await open('/?at=111.68,40.82,9.2', {
      waitForMap: false,
      beforeLoad: async (context) => (releaseMap = await hold(context, MAPLIBRE)),
    });
    const { page } = app;
    await page.getByRole('combobox', { name: '搜索' }).waitFor();
    const box = (await page.locator('#first-view').boundingBox())!;
    const inside = (await firstViewLabels(page)).filter(
      (l) =>
        l.x > box.x + 20 &&
        l.x < box.x + box.width - 20 &&
        l.y > box.y + 20 &&
        l.y < box.y + box.height - 40,
    );
    expect(inside.length).toBeGreaterThanOrEqual(2);
    const points = inside.map((l) => ({ ...l, y: l.y + 14 }));
    const before = await meanColours(await page.screenshot(), points, 6);
    releaseMap();
    await waitForMapIdle(page);
    const after = await meanColours(await page.screenshot(), points, 6);
    points.forEach((point, i) => {
      expect(
        distance(before[i]!, after[i]!),
        `${point.code}: ${before[i]} → ${after[i]}`,
      ).toBeLessThan(20);
    });
  });

  test('the page and its JavaScript stay within their budgets', async () => {
    const app = await open('/');
    const html = await (await app.context.request.get(`${app.baseUrl}/`)).body();
    // index.html, with the first view: at most 30 KB gzip.
    expect(gzipSync(html).length).toBeLessThanOrEqual(30 * 1024);
    // The JavaScript the page loads to its idle map, against what the bare MapLibre page of
    // the bench loads (its entry, with MapLibre, and MapLibre's worker), gzip as the bench's
    // server sends it: at most 60 KB more.
    const scripts = await app.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => /\.m?js$/.test(name)),
    );
    let own = 0;
    for (const url of scripts)
      own += gzipSync(await (await app.context.request.get(url)).body()).length;
    const reference = await referenceScriptBytes();
    expect(own - reference).toBeGreaterThan(10 * 1024);
    expect(own - reference, `${own} B against ${reference} B`).toBeLessThanOrEqual(60 * 1024);
  });
});

/** The bench's bare MapLibre page, built: the gzip bytes of its entry and MapLibre's worker. */
async function referenceScriptBytes(): Promise<number> {
  const outDir = mkdtempSync(join(tmpdir(), 'hohhot-reference-'));
  try {
    await build({
      configFile: 'bench/vite.reference.config.ts',
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const entry = /src="\.?\/?(assets\/index-[\w-]+\.js)"/.exec(html)?.[1];
    const worker = readdirSync(join(outDir, 'assets')).find((f) =>
      /^maplibre-gl-worker-.*\.mjs$/.test(f),
    );
    if (!entry || !worker) throw new Error('the reference build has no entry or no worker');
    return [entry, `assets/${worker}`]
      .map((file) => gzipSync(readFileSync(join(outDir, file))).length)
      .reduce((a, b) => a + b, 0);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
