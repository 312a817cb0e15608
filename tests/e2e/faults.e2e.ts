import { afterAll, afterEach, describe, expect, test } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { nextIdle, usePages } from './harness.ts';

type MapWindow = Window & { __hohhotMap: MapLibreMap };

const open = usePages({ afterEach, afterAll, expect });

describe('no WebGL', () => {
  test('the map area says so, and search, filters and details still work', async () => {
    const app = await open('/', {
      browserArgs: ['--disable-webgl', '--disable-3d-apis'],
      waitForMap: false,
    });
    const problem = app.page.getByTestId('map-problem');
    await problem.waitFor();
    expect(await problem.innerText()).toContain('无法绘制地图');
    // The first view stays, and a click on a division there opens its panel.
    const name = app.page.locator('#first-view .fv-labels text[data-code="150125"]');
    const box = (await name.boundingBox())!;
    await app.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2 + 4);
    await expect.poll(() => app.page.getByTestId('district-panel').innerText()).toContain('武川县');
    await app.page.getByRole('combobox', { name: '搜索' }).fill('yqq');
    await app.page.getByRole('listbox', { name: '搜索结果' }).getByRole('option').first().click();
    expect(await app.page.getByTestId('district-panel').innerText()).toContain('玉泉区');
    await app.page.getByRole('checkbox', { name: '显示或隐藏：行政执法协调监督' }).uncheck();
    expect(await app.page.getByTestId('sites-shown').innerText()).toBe('显示 15 / 25 个地点');
    await app.page.getByRole('button', { name: '12345政务便民服务热线' }).click();
    expect(await app.page.getByTestId('site-panel').innerText()).toContain('12345');
    // The compare view works too: its table lists the nine divisions.
    await app.page.getByRole('button', { name: '比较', exact: true }).click();
    await expect.poll(() => app.page.getByRole('heading', { name: '旗县区比较' }).count()).toBe(1);
    expect(await app.page.getByRole('table').first().getByRole('row').count()).toBe(10);
  });
});

describe('WebGL context lost and restored', () => {
  test('a notice shows, then the map comes back with its selection, on the same Map', async () => {
    const app = await open('/?district=150104');
    await app.page.evaluate(() => {
      const gl = (window as unknown as MapWindow).__hohhotMap.getCanvas().getContext('webgl2');
      const ext = gl?.getExtension('WEBGL_lose_context');
      (window as unknown as { __lose: unknown }).__lose = ext;
      ext?.loseContext();
    });
    const problem = app.page.getByTestId('map-problem');
    await problem.waitFor();
    expect(await problem.getAttribute('data-problem')).toBe('context-lost');
    await app.page.evaluate(() =>
      (
        (window as unknown as { __lose: { restoreContext(): void } }).__lose as {
          restoreContext(): void;
        }
      ).restoreContext(),
    );
    await problem.waitFor({ state: 'detached' });
    await nextIdle(app.page);
    const state = await app.page.evaluate(() => {
      const map = (window as unknown as MapWindow).__hohhotMap;
      return {
        selected: map.getFeatureState({ source: 'districts', id: '150104' }).selected,
        canvases: document.querySelectorAll('canvas.maplibregl-canvas').length,
        drawn: map.queryRenderedFeatures({ layers: ['district-fill'] }).length > 0,
      };
    });
    expect(state).toEqual({ selected: true, canvases: 1, drawn: true });
  });
});

describe('the map worker failing to load', () => {
  test('shows a visible error after a timeout, not a silent blank map', async () => {
    const app = await open('/', {
      waitForMap: false,
      expectedConsoleErrors: [/404/, /worker/i],
      beforeLoad: (context) =>
        context.route('**/maplibre-gl-worker-*', (route) => route.fulfill({ status: 404 })),
    });
    const problem = app.page.getByTestId('map-problem');
    await problem.waitFor({ timeout: 30_000 });
    expect(await problem.getAttribute('data-problem')).toBe('load-timeout');
    expect(await problem.innerText()).toContain('地图未能加载完成');
    // The rest of the page still works.
    await app.page.getByRole('button', { name: '武川县', exact: true }).click();
    expect(await app.page.getByTestId('district-panel').innerText()).toContain('武川县');
  }, 60_000);
});

describe('the app’s own chunk that fails to load', () => {
  test('the page says so in the link’s language, with a Reload button, over the first view', async () => {
    let fail = true;
    const app = await open('/?lang=en', {
      waitForMap: false,
      expectedConsoleErrors: [/Failed to load resource/],
      beforeLoad: (context) =>
        context.route(/\/start-app-[\w-]+\.js$/, (route) =>
          fail ? route.fulfill({ status: 503, body: 'unavailable' }) : route.continue(),
        ),
    });
    const failed = app.page.getByTestId('start-failed');
    await failed.waitFor();
    expect(await failed.innerText()).toContain('The map application could not be loaded');
    expect(await failed.getByRole('button').innerText()).toBe('Reload');
    // The first view (in index.html) stays: the divisions are there while the message shows.
    expect(await app.page.locator('#first-view .fv-d').count()).toBe(9);
    expect(await app.page.locator('#first-view').isVisible()).toBe(true);
    fail = false;
    await failed.getByRole('button', { name: 'Reload' }).click();
    await app.page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 60_000 });
    expect(await app.page.getByTestId('start-failed').count()).toBe(0);
  }, 90_000);
});

describe('a data file that fails to load at start', () => {
  test('the page names the file and the reason, and Retry loads the app', async () => {
    let fail = true;
    const app = await open('/', {
      waitForMap: false,
      expectedConsoleErrors: [/Failed to load resource/],
      beforeLoad: (context) =>
        context.route(/\/districts-[\w-]+\.geojson$/, (route) =>
          fail ? route.fulfill({ status: 503, body: 'unavailable' }) : route.continue(),
        ),
    });
    const error = app.page.getByTestId('data-error');
    await error.waitFor();
    const text = await error.innerText();
    expect(text).toContain('geo/districts.geojson');
    expect(text).toContain('服务器返回错误（HTTP 503）');
    fail = false;
    await error.getByRole('button', { name: '重试' }).click();
    await app.page.getByTestId('map').waitFor();
    await app.page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 60_000 });
    expect(await app.page.getByTestId('data-error').count()).toBe(0);
  }, 90_000);

  test('the message is in the link’s language', async () => {
    const app = await open('/?lang=en', {
      waitForMap: false,
      expectedConsoleErrors: [/Failed to load resource/],
      beforeLoad: (context) =>
        context.route(/\/context-[\w-]+\.geojson$/, (route) =>
          route.fulfill({ status: 404, body: 'gone' }),
        ),
    });
    const error = app.page.getByTestId('data-error');
    await error.waitFor();
    expect(await error.innerText()).toContain(
      'Could not load geo/context.geojson: the server answered with an error (HTTP 404).',
    );
    expect(await error.getByRole('button').innerText()).toBe('Retry');
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  test('a table that is not JSON (an HTML page in its place) is named too', async () => {
    const app = await open('/', {
      waitForMap: false,
      beforeLoad: (context) =>
        context.route(/\/honours-[\w-]+\.json$/, (route) =>
          route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>hi' }),
        ),
    });
    const error = app.page.getByTestId('data-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('geo/honours.json');
  });
});

describe('a data file that fails to load', () => {
  const failures = [
    ['404', { status: 404, body: 'not found' }, '服务器返回错误（HTTP 404）'],
    ['500', { status: 500, body: 'oops' }, '服务器返回错误（HTTP 500）'],
    [
      'HTML instead of JSON',
      { status: 200, body: '<!doctype html><title>x</title>', contentType: 'text/html' },
      '服务器返回的是网页而不是数据',
    ],
    [
      'invalid JSON',
      { status: 200, body: '{"units": [', contentType: 'application/json' },
      '文件内容不是有效的 JSON',
    ],
  ] as const;

  for (const [name, response, message] of failures) {
    test(`${name}: a clear error naming the file, a retry button, the rest still shown`, async () => {
      let fail = true;
      const app = await open('/', {
        expectedConsoleErrors: [/Failed to load resource/],
        beforeLoad: (context) =>
          context.route('**/communities-*.json', (route) =>
            fail
              ? route.fulfill({
                  status: response.status,
                  body: response.body,
                  contentType: 'contentType' in response ? response.contentType : 'text/plain',
                })
              : route.continue(),
          ),
      });
      await app.page.getByRole('combobox', { name: '搜索' }).fill('清泉');
      const error = app.page.getByTestId('data-error');
      await error.waitFor();
      const text = await error.innerText();
      expect(text).toContain('geo/communities.json');
      expect(text).toContain(message);
      // Divisions and sites are still found.
      expect(
        await app.page
          .getByRole('listbox', { name: '搜索结果' })
          .getByRole('option')
          .first()
          .innerText(),
      ).toContain('清泉街社区');
      fail = false;
      await error.getByRole('button', { name: '重试' }).click();
      await error.waitFor({ state: 'detached' });
      await app.page.getByRole('combobox', { name: '搜索' }).press('ArrowDown');
      await expect
        .poll(() =>
          app.page.getByRole('listbox', { name: '搜索结果' }).getByRole('option').allInnerTexts(),
        )
        .toContainEqual(expect.stringContaining('兴隆巷街道'));
    });
  }
});

describe('offline', () => {
  test('after load, with the network gone, the default app works fully', async () => {
    // Everything but the village list is in the bundle; that list needs one fetch, and
    // offline the search says so and still finds divisions and places.
    const app = await open('/', { expectedConsoleErrors: [/ERR_INTERNET_DISCONNECTED/] });
    await app.context.setOffline(true);
    await app.page.getByRole('button', { name: '托克托县', exact: true }).click();
    expect(await app.page.getByTestId('district-status').innerText()).toBe(
      '自治区法治政府建设示范旗县区',
    );
    await app.page.getByRole('combobox', { name: '搜索' }).fill('yqq');
    await app.page.getByRole('listbox', { name: '搜索结果' }).getByRole('option').first().click();
    expect(await app.page.getByTestId('district-panel').innerText()).toContain('玉泉区');
    expect(await app.page.getByTestId('data-error').innerText()).toContain('网络连接失败');
    await app.page.getByRole('button', { name: 'Switch to English' }).click();
    await nextIdle(app.page);
    expect(await app.page.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Hohhot rule-of-law map',
    );
    await app.context.setOffline(false);
  });
});

describe('Content Security Policy', () => {
  test('the build ships the policy, and a violation would fail a test', async () => {
    const app = await open();
    const policy = await app.page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("default-src 'none'");
    // An inline script is refused and the violation reaches the console (the harness fails
    // any test with a console error, so this one takes its record back out).
    await app.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = true';
      document.body.append(script);
    });
    await expect
      .poll(() => app.problems.consoleErrors.join('\n'))
      .toContain('CSP violation: script-src');
    expect(await app.page.evaluate(() => 'inline' in window || '__inline' in window)).toBe(false);
    app.problems.consoleErrors.length = 0;
  });
});
