/**
 * The dark theme: by the system's preference (emulated `prefers-color-scheme: dark`) and by
 * the link (`theme=dark`); `theme=light` wins over a dark system; the switch changes the page,
 * the map and the link; axe finds nothing in dark in every view; the PNG export stays light.
 * The map's pixels in dark are checked by map-pixels.e2e.ts.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { audit } from './audit.ts';
import { artifactPath, nextIdle, usePages } from './harness.ts';
import { MAP_PALETTES, shownFill, type Theme } from '../../src/lib/theme/palette.ts';

const open = usePages({ afterEach, afterAll, expect });
const PHONE = { width: 390, height: 844 };

type MapWindow = Window & { __hohhotMap: import('maplibre-gl').Map };

/** The page's background colour and its data-theme, as the browser computes them. */
async function pageTheme(page: Page): Promise<{ background: string; dataTheme: string | null }> {
  return page.evaluate(() => ({
    background: getComputedStyle(document.documentElement).backgroundColor,
    dataTheme: document.documentElement.dataset.theme ?? null,
  }));
}

const fills = (theme: Theme) =>
  (['region_demonstration', 'none_named'] as const).map((s) => shownFill(theme, s));

const DARK_SURFACE = 'rgb(22, 29, 36)';
const LIGHT_SURFACE = 'rgb(255, 255, 255)';

/** The live map's background and division colours (from its style). */
async function mapColours(page: Page): Promise<{ background: string; fill: string }> {
  return page.evaluate(() => {
    const map = (window as unknown as MapWindow).__hohhotMap;
    return {
      background: String(map.getPaintProperty('background', 'background-color')),
      fill: JSON.stringify(map.getPaintProperty('district-fill', 'fill-color')),
    };
  });
}

function expectMapIn(colours: { background: string; fill: string }, theme: Theme) {
  const palette = MAP_PALETTES[theme];
  expect(colours.background).toBe(palette.background);
  for (const colour of Object.values(palette.status)) expect(colours.fill).toContain(colour);
}

describe('the dark theme', () => {
  test('follows a dark system: dark page and dark map', async () => {
    const { page } = await open('/', { colorScheme: 'dark' });
    expect(await pageTheme(page)).toEqual({ background: DARK_SURFACE, dataTheme: null });
    expectMapIn(await mapColours(page), 'dark');
    expect(await page.evaluate(() => location.search)).toBe('');
  });

  test('theme=dark on a light system: dark page and dark map', async () => {
    const { page } = await open('/?theme=dark', { colorScheme: 'light' });
    expect(await pageTheme(page)).toEqual({ background: DARK_SURFACE, dataTheme: 'dark' });
    expectMapIn(await mapColours(page), 'dark');
    expect(await page.evaluate(() => location.search)).toBe('?theme=dark');
  });

  test('theme=light on a dark system stays light', async () => {
    const { page } = await open('/?theme=light', { colorScheme: 'dark' });
    expect(await pageTheme(page)).toEqual({ background: LIGHT_SURFACE, dataTheme: 'light' });
    expectMapIn(await mapColours(page), 'light');
  });

  test('an unknown theme in the link is dropped, with the usual notice', async () => {
    const { page } = await open('/?theme=purple', { colorScheme: 'light' });
    await expect.poll(() => page.evaluate(() => location.search)).toBe('');
    await page.getByTestId('notice').waitFor();
    expect((await pageTheme(page)).background).toBe(LIGHT_SURFACE);
  });

  test('the switch changes the page, the map (in place) and the link', async () => {
    const { page } = await open('/', { colorScheme: 'light' });
    const group = page.getByRole('group', { name: '配色' });
    await group.getByRole('button', { name: '深色' }).click();
    await nextIdle(page);
    expect(await pageTheme(page)).toEqual({ background: DARK_SURFACE, dataTheme: 'dark' });
    expectMapIn(await mapColours(page), 'dark');
    expect(await page.evaluate(() => location.search)).toBe('?theme=dark');
    expect(await group.getByRole('button', { name: '深色' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    // The same map object: no reload.
    expect(await page.evaluate(() => performance.getEntriesByName('map:created').length)).toBe(1);

    await group.getByRole('button', { name: '自动' }).click();
    await nextIdle(page);
    expect(await pageTheme(page)).toEqual({ background: LIGHT_SURFACE, dataTheme: null });
    expectMapIn(await mapColours(page), 'light');
    expect(await page.evaluate(() => location.search)).toBe('');
  });

  test('on a phone the switch is in the menu', async () => {
    const { page } = await open('/?lang=en', { viewport: PHONE, colorScheme: 'light' });
    await page.getByTestId('header-menu-button').click();
    await page
      .getByRole('group', { name: 'Colour theme' })
      .getByRole('button', { name: 'Dark' })
      .click();
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?lang=en&theme=dark');
    expect((await pageTheme(page)).background).toBe(DARK_SURFACE);
  });
});

describe('accessibility audit in dark (axe-core, WCAG 2.2 AA)', () => {
  test('the map view, zh and en', async () => {
    for (const query of ['/', '/?lang=en']) {
      const { page } = await open(query, { colorScheme: 'dark' });
      expect(await audit(page), query).toEqual([]);
    }
  });

  test('a division panel open', async () => {
    const { page } = await open('/?district=150104&theme=dark');
    await page.getByTestId('district-panel').waitFor();
    expect(await audit(page)).toEqual([]);
  });

  test('the compare view, desktop and phone', async () => {
    const desktop = await open('/?view=compare&compare=150104,150122', { colorScheme: 'dark' });
    await desktop.page.getByTestId('compare-view').waitFor();
    expect(await audit(desktop.page)).toEqual([]);
    const phone = await open('/?view=compare&theme=dark&lang=en', { viewport: PHONE });
    await phone.page.getByTestId('compare-view').waitFor();
    expect(await audit(phone.page)).toEqual([]);
    await phone.page.getByTestId('sheet-toggle').click();
    expect(await audit(phone.page)).toEqual([]);
  });

  test('the sources view', async () => {
    const { page } = await open('/?view=sources', { colorScheme: 'dark' });
    await page.getByTestId('sources-view').waitFor();
    expect(await audit(page)).toEqual([]);
  });

  test('the phone menu open', async () => {
    const { page } = await open('/', { viewport: PHONE, colorScheme: 'dark' });
    await page.getByTestId('header-menu-button').click();
    await page.getByTestId('header-menu').getByRole('group').waitFor();
    expect(await audit(page)).toEqual([]);
  });
});

describe('a numeric measure in dark', () => {
  test('the divisions take the dark ramp, and axe finds nothing', async () => {
    const { page } = await open('/?measure=villages&theme=dark');
    const { fill } = await mapColours(page);
    const used = MAP_PALETTES.dark.sequential.filter((c) => fill.includes(c));
    expect(used.length).toBeGreaterThan(1);
    for (const c of MAP_PALETTES.light.sequential) expect(fill).not.toContain(c);
    expect(await audit(page)).toEqual([]);
  });
});

describe('exports stay light', () => {
  test('the PNG saved in dark shows the light map, and the screen goes back to dark', async () => {
    const { page } = await open('/', { colorScheme: 'dark' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '保存地图图片（PNG）' }).click(),
    ]);
    const bytes = await readFile(await download.path());
    await writeFile(artifactPath('map-export-dark-screen.png'), bytes);
    const mapHeight = await page.evaluate(
      () => document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!.height,
    );
    const light = MAP_PALETTES.light;
    const dark = MAP_PALETTES.dark;
    // Near a theme's background, neighbour fill or division fills, among a sample of the map's pixels.
    const counts = await page.evaluate(
      async ({ base64, mapTop, mapHeight, lightColours, darkColours }) => {
        const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
        const near = (p: number[], hexes: string[]) =>
          hexes.some((h) => rgb(h).every((c, i) => Math.abs(c - p[i]!) <= 4));
        const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
        const c = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = c.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        const pixels = context.getImageData(0, mapTop, bitmap.width, mapHeight).data;
        let light = 0;
        let dark = 0;
        for (let i = 0; i < pixels.length; i += 4 * 31) {
          const p = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
          if (near(p, lightColours)) light++;
          if (near(p, darkColours)) dark++;
        }
        return { light, dark };
      },
      {
        base64: bytes.toString('base64'),
        mapTop: 64,
        mapHeight,
        lightColours: [light.background, light.neighbourFill, ...fills('light')],
        darkColours: [dark.background, dark.neighbourFill, ...fills('dark')],
      },
    );
    // A few anti-aliased edge pixels may fall near a dark colour by chance; a dark map would be most.
    expect(counts.light, 'pixels in the light colours').toBeGreaterThan(1000);
    expect(counts.dark, 'pixels in the dark colours').toBeLessThan(counts.light / 100);
    await nextIdle(page);
    expectMapIn(await mapColours(page), 'dark');
  });
});

describe('the header row holds the switch', () => {
  for (const width of [700, 1024, 1280])
    for (const lang of ['zh', 'en'] as const)
      test(`at ${width} px, ${lang}: every button of the header is inside the window`, async () => {
        const { page } = await open(`/?lang=${lang}`, { viewport: { width, height: 800 } });
        const outside = await page.evaluate(() =>
          [...document.querySelectorAll('header button')]
            .map((b) => ({ text: b.textContent, box: b.getBoundingClientRect() }))
            .filter(({ box }) => box.width > 0 && (box.right > innerWidth || box.bottom > 72))
            .map(({ text }) => text),
        );
        expect(outside).toEqual([]);
      });
});
