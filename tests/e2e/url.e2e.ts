import { afterAll, afterEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, openApp, waitForMapIdle, type AppPage } from './harness.ts';

let current: AppPage | undefined;
let dialogs: string[] = [];

/** Open the app at `path`; any dialog (alert, confirm…) is recorded and fails the test. */
async function open(path = '/'): Promise<AppPage> {
  current = await openApp(path);
  watchDialogs(current.page);
  await waitForMapIdle(current.page);
  return current;
}

function watchDialogs(page: Page): void {
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
}

afterEach(async () => {
  const found = dialogs;
  dialogs = [];
  expect(found, 'dialogs').toEqual([]);
  if (!current) return;
  const { problems, context } = current;
  current = undefined;
  await context.close();
  expect(problems.pageErrors, 'page errors').toEqual([]);
  expect(problems.consoleErrors, 'console errors').toEqual([]);
  expect(problems.outsideRequests, 'requests that left the machine').toEqual([]);
});

afterAll(closeBrowser);

/**
 * The query string without its camera: selecting a place moves the map, and the map's
 * `moveend` adds `at=` (checked to be canonical here), which these tests do not pin down.
 */
async function search(app: AppPage): Promise<string> {
  const query = await app.page.evaluate(() => window.location.search);
  const params = query.slice(1).split('&');
  for (const at of params.filter((p) => p.startsWith('at='))) {
    expect(at).toMatch(/^at=\d+(\.\d{1,5})?,\d+(\.\d{1,5})?,\d+(\.\d{1,2})?$/);
  }
  const kept = params.filter((p) => p !== '' && !p.startsWith('at='));
  return kept.length ? `?${kept.join('&')}` : '';
}

/** The notice's text ('' when there is none). */
function noticeText(app: AppPage): Promise<string> {
  return app.page.getByTestId('notice').innerText();
}

/** Elements a link could have smuggled in as markup. */
function injectedElements(app: AppPage): Promise<number> {
  return app.page.evaluate(
    () =>
      document.querySelectorAll('img[src="x"], img[onerror], script:not([src]), svg[onload]')
        .length,
  );
}

describe('a link restores the state', () => {
  test('a division and English; back and forward step through selections', async () => {
    const app = await open('/?district=150104&lang=en');
    const panel = app.page.getByTestId('district-panel');
    await panel.waitFor();
    expect(await panel.innerText()).toContain('Yuquan District');
    expect(await app.page.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Hohhot rule-of-law map',
    );
    expect(await search(app)).toBe('?district=150104&lang=en');

    await app.page.getByRole('button', { name: 'Wuchuan County' }).click();
    await expect.poll(() => search(app)).toBe('?district=150125&lang=en');
    expect(await panel.innerText()).toContain('150125');

    await app.page.goBack();
    await expect.poll(() => panel.innerText()).toContain('150104');
    expect(await search(app)).toBe('?district=150104&lang=en');

    await app.page.goForward();
    await expect.poll(() => panel.innerText()).toContain('150125');
    expect(await search(app)).toBe('?district=150125&lang=en');
    expect(await noticeText(app)).toBe('');
  });

  test('switching the language replaces the entry instead of adding one', async () => {
    const app = await open('/?district=150104');
    await app.page.getByRole('button', { name: '武川县' }).click();
    await expect.poll(() => search(app)).toBe('?district=150125');
    await app.page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => search(app)).toBe('?district=150125&lang=en');
    await app.page.goBack();
    await expect.poll(() => search(app)).toBe('?district=150104&lang=en');
    expect(await app.page.getByTestId('district-panel').innerText()).toContain('Yuquan District');
  });

  test('a camera link opens the map there and keeps it', async () => {
    const app = await open('/?at=111.7,40.8,9');
    const view = await app.page.evaluate(() => {
      const map = (window as unknown as { __hohhotMap: import('maplibre-gl').Map }).__hohhotMap;
      return { ...map.getCenter(), zoom: map.getZoom() };
    });
    expect(view.lng).toBeCloseTo(111.7, 4);
    expect(view.lat).toBeCloseTo(40.8, 4);
    expect(view.zoom).toBeCloseTo(9, 2);
    expect(await app.page.evaluate(() => window.location.search)).toBe('?at=111.7,40.8,9');
    expect(await noticeText(app)).toBe('');
  });

  test('a site link keeps the site, with no notice', async () => {
    const app = await open('/?site=qingquanjie');
    expect(await search(app)).toBe('?site=qingquanjie');
    expect(await noticeText(app)).toBe('');
  });
});

describe('a link to something that does not exist', () => {
  test('an unknown site opens the map with a notice and a corrected URL', async () => {
    const app = await open('/?site=does-not-exist');
    const notice = app.page.getByRole('status').filter({ hasText: 'does-not-exist' });
    await notice.waitFor();
    expect(await notice.innerText()).toContain('没有编号为“does-not-exist”的地点');
    expect(await search(app)).toBe('');
    // The notice lies over the map: the map starts right under the header, where the
    // page's first view was drawn, and stays put when the notice goes.
    const mapBox = () => app.page.getByTestId('map').boundingBox();
    const header = await app.page.locator('header.header').boundingBox();
    const withNotice = await mapBox();
    expect(withNotice!.y).toBeCloseTo(header!.y + header!.height, 0);
    await app.page.getByRole('button', { name: '关闭提示' }).click();
    await expect.poll(() => noticeText(app)).toBe('');
    expect(await mapBox()).toEqual(withNotice);
  });
});

describe('hostile links open the app, render nothing as HTML and are corrected', () => {
  test.each([
    ['/?district=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', '', true],
    ['/?site=<script>alert(1)</script>', '', true],
    ['/?site=javascript:alert(1)', '', true],
    ['/?cats=<svg/onload=alert(1)>,court', '?cats=court', true],
    ['/?at=NaN,1e999,99', '', true],
    ['/?at=40.8,111.7,9', '', true],
    ['/?district=150104&district=150102', '?district=150104', false],
    ['/?x=%E0%A4%A', '', false],
    ['/?lang=%E0%A4%A&district=150104', '?district=150104', true],
  ])('%s', async (path, canonical, withNotice) => {
    const app = await open(path);
    expect(await search(app)).toBe(canonical);
    expect(await injectedElements(app)).toBe(0);
    const notice = await noticeText(app);
    if (withNotice) expect(notice).not.toBe('');
    else expect(notice).toBe('');
    expect(notice).not.toMatch(/[<>]|alert|javascript/);
  });

  test('a 100 KB value is dropped with a notice', async () => {
    // The preview server refuses a 100 KB request line (Node's header limit), so the
    // page is served for it from the root; what matters is what the app does with it.
    const app = await open('/');
    await app.page.route(
      (url) => url.search.length > 50_000,
      async (route) => route.fulfill({ response: await route.fetch({ url: app.baseUrl + '/' }) }),
    );
    await app.page.goto(`${app.baseUrl}/?site=${'<b>'.repeat(33_000)}&lang=en`);
    await waitForMapIdle(app.page);
    expect(await search(app)).toBe('?lang=en');
    expect(await noticeText(app)).toContain('too long');
    expect(await app.page.evaluate(() => document.querySelectorAll('b').length)).toBe(0);
  });
});
