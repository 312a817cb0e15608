/**
 * Opens the app in real Chromium and records everything that must not happen:
 * page errors, console errors, and any request to a host other than the preview server.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_BASE_ARGS, chromiumPath } from './chromium.ts';

export interface Problems {
  pageErrors: string[];
  consoleErrors: string[];
  outsideRequests: string[];
}

export interface AppPage {
  page: Page;
  context: BrowserContext;
  problems: Problems;
  baseUrl: string;
}

const browsers = new Map<string, Browser>();

/**
 * One browser per set of extra flags (e.g. WebGL disabled), shared by a file's tests.
 * `defaultGpu`: Chromium's own choice of WebGL and compositing, as a person's browser runs,
 * instead of the ANGLE SwiftShader flags the other tests use.
 */
export async function launch(extraArgs: string[] = [], defaultGpu = false): Promise<Browser> {
  const key = `${defaultGpu ? 'default-gpu ' : ''}${extraArgs.join(' ')}`;
  let browser = browsers.get(key);
  if (!browser) {
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: [...(defaultGpu ? CHROMIUM_BASE_ARGS : CHROMIUM_ARGS), ...extraArgs],
      headless: true,
    });
    browsers.set(key, browser);
  }
  return browser;
}

export async function closeBrowser(): Promise<void> {
  for (const browser of browsers.values()) await browser.close();
  browsers.clear();
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** Extra Chromium flags (a separate browser is launched for them). */
  browserArgs?: string[];
  /** Chromium's default WebGL and compositing instead of ANGLE SwiftShader (see `launch`). */
  defaultGpu?: boolean;
  /** Console errors a test provokes on purpose (e.g. a 404 it routes), by pattern. */
  expectedConsoleErrors?: RegExp[];
  /** Set up routes before the page loads (to fail a file on purpose). */
  beforeLoad?: (context: BrowserContext) => Promise<unknown>;
  /** false: the page's scripts do not run (what index.html alone shows). */
  javaScriptEnabled?: boolean;
  /** Emulate prefers-reduced-motion. */
  reducedMotion?: 'reduce' | 'no-preference';
  /** Emulate prefers-color-scheme. */
  colorScheme?: 'light' | 'dark';
  /** Open another build than the production one (e.g. `inject('hostileBaseUrl')`). */
  baseUrl?: string;
  /** Other origins on this machine the page may reach (e.g. a local tile server). */
  allowOrigins?: string[];
}

export async function openApp(path = '/', options: OpenOptions = {}): Promise<AppPage> {
  const baseUrl = options.baseUrl ?? inject('baseUrl');
  const origin = new URL(baseUrl).origin;
  const context = await (
    await launch(options.browserArgs, options.defaultGpu)
  ).newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    reducedMotion: options.reducedMotion,
    javaScriptEnabled: options.javaScriptEnabled,
    colorScheme: options.colorScheme,
  });
  const problems: Problems = { pageErrors: [], consoleErrors: [], outsideRequests: [] };
  // Refuse, and record, every request that would leave the machine.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    const allowed = [origin, ...(options.allowOrigins ?? [])].some((o) => url.startsWith(`${o}/`));
    if (allowed || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    problems.outsideRequests.push(url);
    return route.abort('blockedbyclient');
  });
  // A Content Security Policy violation is reported as a console error, so it fails the test.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (options.expectedConsoleErrors?.some((pattern) => pattern.test(text))) return;
    problems.consoleErrors.push(text);
  });
  await options.beforeLoad?.(context);
  await page.goto(baseUrl + path);
  return { page, context, problems, baseUrl };
}

/** Resolves when the map has first reached `idle` (MapView sets the mark and data-ready). */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('map:idle').length > 0, null, {
    timeout: 45_000,
  });
}

/** Resolves after the map's next `idle` event (after a click, a style change…). */
export async function nextIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as { __hohhotMap: import('maplibre-gl').Map }).__hohhotMap;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

export function artifactPath(name: string): string {
  mkdirSync('test-results', { recursive: true });
  return `test-results/${name}`;
}

/**
 * For a test file: opens pages with `open(path)`, waits for the map, and after each test
 * closes them and fails on any page error, console error or request that left the machine.
 */
export function usePages(
  hooks: {
    afterEach: (fn: () => Promise<void>) => void;
    afterAll: (fn: () => Promise<void>) => void;
    expect: (value: unknown, message?: string) => { toEqual: (expected: unknown) => void };
  },
  defaults: { viewport?: { width: number; height: number }; baseUrl?: string } = {},
) {
  const opened: AppPage[] = [];
  hooks.afterEach(async () => {
    const pages = opened.splice(0);
    for (const { context } of pages) await context.close();
    for (const { problems } of pages) {
      hooks.expect(problems.pageErrors, 'page errors').toEqual([]);
      hooks.expect(problems.consoleErrors, 'console errors').toEqual([]);
      hooks.expect(problems.outsideRequests, 'requests that left the machine').toEqual([]);
    }
  });
  hooks.afterAll(closeBrowser);
  return async (
    path = '/',
    options: OpenOptions & { waitForMap?: boolean } = {},
  ): Promise<AppPage> => {
    const app = await openApp(path, {
      ...options,
      viewport: options.viewport ?? defaults.viewport,
      baseUrl: options.baseUrl ?? defaults.baseUrl,
    });
    opened.push(app);
    if (options.waitForMap !== false) await waitForMapIdle(app.page);
    return app;
  };
}

type MapWindow = Window & { __hohhotMap: import('maplibre-gl').Map };

/** Move the camera (as a user would by zooming) and wait until the map has settled. */
export async function jumpTo(page: Page, center: [number, number], zoom: number): Promise<void> {
  await page.evaluate(
    ({ center, zoom }) =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as MapWindow).__hohhotMap;
        map.once('idle', () => resolve());
        map.jumpTo({ center, zoom });
      }),
    { center, zoom },
  );
}

/** Page coordinates of a rendered site marker (its point plus its fan-out offset), or null. */
export async function markerPixel(
  page: Page,
  id: string,
): Promise<{ x: number; y: number } | null> {
  return page.evaluate((id) => {
    const map = (window as unknown as MapWindow).__hohhotMap;
    const feature = map
      .queryRenderedFeatures({ layers: ['site-points'] })
      .find((f) => f.properties.id === id);
    if (!feature || feature.geometry.type !== 'Point') return null;
    const point = map.project(feature.geometry.coordinates as [number, number]);
    const raw = feature.properties.offset as unknown;
    const offset = (typeof raw === 'string' ? JSON.parse(raw) : raw) as [number, number];
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: rect.left + point.x + offset[0], y: rect.top + point.y + offset[1] };
  }, id);
}
