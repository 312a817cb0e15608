/**
 * Text from data is text: against the e2e-hostile build, where 清泉街社区 is named
 * `<img src=x onerror=alert(1)>` (tests/e2e/fixtures/hostile-sites.ts), every place that shows
 * the name shows those characters, no element is made from them and no dialog opens.
 */
import { afterAll, afterEach, describe, expect, inject, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { jumpTo, markerPixel, usePages, type AppPage } from './harness.ts';
import {
  HOSTILE_NAME,
  HOSTILE_QUERY,
  HOSTILE_SITE_ID,
  HOSTILE_SUMMARY,
} from './fixtures/hostile-sites.ts';

const open = usePages({ afterEach, afterAll, expect }, { baseUrl: inject('hostileBaseUrl') });

/** Yuquan District's seat, where 清泉街社区 is drawn. */
const YUQUAN_SEAT: [number, number] = [111.673881, 40.753655];

type AlertWindow = Window & { __dialogCalls: string[] };

/** Records every alert/confirm/prompt call in the page (and still makes it, so it shows). */
async function recordDialogCalls(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const calls: string[] = [];
    (window as unknown as AlertWindow).__dialogCalls = calls;
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      const original = window[name].bind(window) as (...args: unknown[]) => unknown;
      Object.defineProperty(window, name, {
        value: (...args: unknown[]) => {
          calls.push(`${name}(${args.map(String).join(', ')})`);
          return original(...args);
        },
      });
    }
  });
}

/** Opens the hostile build; every dialog that opens is dismissed and recorded. */
async function openHostile(): Promise<AppPage & { dialogs: string[] }> {
  const app = await open('/', { beforeLoad: recordDialogCalls });
  const dialogs: string[] = [];
  app.page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { ...app, dialogs };
}

/** Nothing was made from the data's markup, and nothing tried to open a dialog. */
async function expectNothingRan(app: AppPage & { dialogs: string[] }): Promise<void> {
  const injected = await app.page.evaluate(
    () => document.querySelectorAll('img[src="x"], script:not([src])').length,
  );
  expect(injected, 'elements made from the data').toBe(0);
  const calls = await app.page.evaluate(() => (window as unknown as AlertWindow).__dialogCalls);
  expect(calls, 'alert/confirm/prompt calls').toEqual([]);
  expect(app.dialogs, 'dialogs that opened').toEqual([]);
}

describe('a site named with markup', () => {
  test('the division’s site list and the site panel show the name and summary as text', async () => {
    const app = await openHostile();
    await app.page.getByRole('button', { name: '玉泉区', exact: true }).click();
    const district = app.page.getByTestId('district-panel');
    expect(await district.locator('ul.sites').innerText()).toContain(HOSTILE_NAME);
    // Its accessible name is the literal string.
    await district.getByRole('button', { name: HOSTILE_NAME, exact: true }).click();

    const panel = app.page.getByTestId('site-panel');
    await panel.waitFor();
    const text = await panel.innerText();
    expect(text).toContain(HOSTILE_NAME);
    expect(text).toContain(HOSTILE_SUMMARY);
    // The panel is labelled by its heading, which holds the name.
    expect(await app.page.getByRole('region', { name: HOSTILE_NAME }).count()).toBe(1);
    expect(await app.page.getByTestId('announcer').innerText()).toContain(HOSTILE_NAME);
    await expectNothingRan(app);
  });

  test('the marker’s tooltip shows the name as text', async () => {
    const app = await openHostile();
    await jumpTo(app.page, YUQUAN_SEAT, 12);
    const pixel = await markerPixel(app.page, HOSTILE_SITE_ID);
    expect(pixel, 'the hostile site’s marker is drawn').not.toBeNull();
    await app.page.mouse.move(pixel!.x, pixel!.y);
    const tooltip = app.page.getByRole('tooltip');
    await tooltip.waitFor();
    expect(await tooltip.innerText()).toContain(HOSTILE_NAME);
    await expectNothingRan(app);
  });

  test('search results show the name as text, and choosing it fills the box with it', async () => {
    const app = await openHostile();
    const input = app.page.getByRole('combobox', { name: '搜索' });
    await input.fill(HOSTILE_QUERY);
    const option = app.page
      .getByRole('listbox', { name: '搜索结果' })
      .getByRole('option', { name: HOSTILE_NAME });
    await option.waitFor();
    expect(await option.innerText()).toContain(HOSTILE_NAME);
    await option.click();
    expect(await input.inputValue()).toBe(HOSTILE_NAME);
    expect(await app.page.getByTestId('site-panel').innerText()).toContain(HOSTILE_NAME);
    await expectNothingRan(app);
  });
});
