/**
 * The page on every screen: a one-line header with a menu on phones, the basemap choice as a
 * map control, and the attribution never over the scale bar, from 320 to 1920 px wide.
 */
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { artifactPath, nextIdle, usePages } from './harness.ts';

const open = usePages({ afterEach, afterAll, expect });
const PHONE = { width: 390, height: 844 };

const focusedTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);

for (const lang of ['zh', 'en'] as const) {
  const zh = lang === 'zh';

  describe(`${lang}: the phone header`, () => {
    test('is one line, the title and a menu button, at most 80 px tall', async () => {
      const { page } = await open(`/?lang=${lang}`, { viewport: PHONE });
      const header = await page.locator('header').boundingBox();
      expect(header!.height).toBeLessThanOrEqual(80);
      const menuButton = page.getByTestId('header-menu-button');
      expect(await menuButton.isVisible()).toBe(true);
      expect(await menuButton.innerText()).toBe(zh ? '菜单' : 'Menu');
      // The honours, Sources and the language live in the menu, closed at first.
      expect(await page.getByTestId('header-menu').isVisible()).toBe(false);
      await page.screenshot({ path: artifactPath(`screens-phone-header-${lang}.png`) });
    });

    test('its menu holds the city’s status, Sources and the language; Escape closes it', async () => {
      const { page } = await open(`/?lang=${lang}`, { viewport: PHONE });
      const menuButton = page.getByTestId('header-menu-button');
      await menuButton.click();
      const menu = page.getByTestId('header-menu');
      await menu.waitFor();
      expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
      const text = await menu.innerText();
      expect(text).toContain(
        zh ? '全国法治政府建设示范市' : 'National rule-of-law government demonstration city',
      );
      expect(text).toContain('2025-11-18');
      expect(await menu.getByTestId('open-sources').isVisible()).toBe(true);
      expect(
        await menu
          .getByRole('button', { name: zh ? 'Switch to English' : '切换到中文' })
          .isVisible(),
      ).toBe(true);
      // Focus moved into the menu; Escape closes it and gives focus back to its button.
      expect(
        await page.evaluate(() => document.activeElement?.closest('#header-menu') !== null),
      ).toBe(true);
      await page.screenshot({ path: artifactPath(`screens-phone-menu-${lang}.png`) });
      await page.keyboard.press('Escape');
      expect(await menu.isVisible()).toBe(false);
      expect(await focusedTestId(page)).toBe('header-menu-button');
      // Sources from the menu opens the view and closes the menu.
      await menuButton.click();
      await menu.getByTestId('open-sources').click();
      await page.getByTestId('sources-view').waitFor();
      expect(await menu.isVisible()).toBe(false);
    });
  });
}

describe('the Sources view on a phone', () => {
  for (const lang of ['zh', 'en'] as const) {
    test(`${lang}: nothing wider than the screen at 320 and 390 px`, async () => {
      for (const width of [320, 390]) {
        const { page } = await open(`/?view=sources&lang=${lang}`, {
          viewport: { width, height: 800 },
        });
        const view = page.getByTestId('sources-view');
        await view.waitFor();
        const wide = await view.evaluate((root) =>
          [root, ...root.querySelectorAll('*')]
            .filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5)
            .map((el) => el.outerHTML.slice(0, 60)),
        );
        expect(wide, `${width} px`).toEqual([]);
        expect(await view.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
        await page.screenshot({ path: artifactPath(`screens-sources-${lang}-${width}.png`) });
      }
    });
  }
});

describe('the desktop header', () => {
  test('keeps the honours in view and has no menu button', async () => {
    const { page } = await open('/', { viewport: { width: 1366, height: 850 } });
    expect(await page.getByTestId('header-menu-button').isVisible()).toBe(false);
    const honours = page.locator('header .honours li').first();
    expect(await honours.isVisible()).toBe(true);
    expect(await honours.innerText()).toContain('全国法治政府建设示范市');
  });
});

describe('the basemap choice', () => {
  for (const viewport of [PHONE, { width: 1366, height: 850 }]) {
    test(`is a layers button among the map's controls, by keyboard too (${viewport.width} px)`, async () => {
      const { page } = await open('/', { viewport });
      // Not in the side panel: it starts with the views, search and the legend.
      expect(await page.locator('aside [data-testid="basemap-switcher"]').count()).toBe(0);
      const button = page
        .locator('.maplibregl-ctrl-top-right')
        .getByRole('button', { name: '选择底图' });
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      await button.focus();
      await page.keyboard.press('Enter');
      const popover = page.getByTestId('basemap-popover');
      await popover.waitFor();
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      // Focus is on the basemap in use; the three are offered, Tianditu behind its key.
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(
        true,
      );
      expect(await popover.getByRole('radio').count()).toBe(3);
      expect(await popover.getByRole('textbox', { name: '天地图密钥' }).isVisible()).toBe(true);
      const box = await popover.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
      await page.screenshot({ path: artifactPath(`screens-basemap-${viewport.width}.png`) });
      await page.keyboard.press('Escape');
      expect(await popover.isVisible()).toBe(false);
      expect(await focusedTestId(page)).toBe('basemap-button');
      // The choice never reaches the link.
      expect(page.url()).not.toMatch(/basemap|osm|tianditu/i);
    });
  }
});

describe('attribution and scale bar', () => {
  test('never overlap, from 320 to 1920 px wide', async () => {
    const { page } = await open('/', { viewport: { width: 1366, height: 850 } });
    for (const width of [
      320, 360, 390, 480, 600, 640, 641, 700, 800, 1024, 1280, 1366, 1600, 1920,
    ]) {
      await page.setViewportSize({ width, height: 850 });
      await nextIdle(page);
      const [attribution, scale] = await Promise.all(
        ['.maplibregl-ctrl-attrib', '.maplibregl-ctrl-scale'].map((s) =>
          page.locator(s).boundingBox(),
        ),
      );
      expect(attribution, `attribution at ${width}`).not.toBeNull();
      expect(scale, `scale at ${width}`).not.toBeNull();
      const overlap =
        attribution!.x < scale!.x + scale!.width &&
        scale!.x < attribution!.x + attribution!.width &&
        attribution!.y < scale!.y + scale!.height &&
        scale!.y < attribution!.y + attribution!.height;
      expect(overlap, `attribution over the scale bar at ${width} px`).toBe(false);
    }
  });
});
