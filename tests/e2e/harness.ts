/**
 * Opens the app in real Chromium and records everything that must not happen:
 * page errors, console errors, and any request to a host other than the preview server.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';

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

let browser: Browser | undefined;

export async function launch(): Promise<Browser> {
  browser ??= await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

export async function openApp(
  path = '/',
  options: { viewport?: { width: number; height: number } } = {},
): Promise<AppPage> {
  const baseUrl = inject('baseUrl');
  const origin = new URL(baseUrl).origin;
  const context = await (
    await launch()
  ).newContext({ viewport: options.viewport ?? { width: 1280, height: 800 } });
  const problems: Problems = { pageErrors: [], consoleErrors: [], outsideRequests: [] };
  // Refuse, and record, every request that would leave the machine.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    problems.outsideRequests.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
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
