/**
 * The framed map (`?embed=1`) in a page of another origin (a host page on `localhost`, the
 * app on 127.0.0.1, served with the headers of the build's `_headers`: framing must be
 * allowed there). The map draws (its pixels, as in map-pixels.e2e.ts), a division or a site
 * opens its card whose link is the full map in the same state, the host receives nothing but
 * height messages and sizes the frame with them, as docs/embed.md tells hosts to.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { distance, hex, readPixels, type Rgb } from './pixels.ts';
import { shownFill } from '../../src/lib/theme/palette.ts';
import { audit } from './audit.ts';
import { artifactPath, usePages } from './harness.ts';
import { deriveStatuses } from '../../src/lib/data/status.ts';
import type { Honour } from '../../src/lib/data/schema.ts';

const open = usePages({ afterEach, afterAll, expect });
const appUrl = inject('headersBaseUrl');
const appOrigin = new URL(appUrl).origin;

/** The host page: frames `src` (a path of the app) at `width`, and keeps every message it gets. */
function hostPage(src: string, width: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A host page</title></head>
<body style="margin:0">
<main><h1 style="margin:0;font-size:20px;height:40px">An article</h1>
<iframe id="map" src="${appUrl}${src}" title="呼和浩特法治地图" width="${width}" height="520"
  loading="lazy" style="border:0;display:block"></iframe>
<p>After the map.</p></main>
<script>
  window.received = [];
  window.addEventListener('message', (event) => {
    window.received.push({ origin: event.origin, data: event.data });
    // docs/embed.md: the host checks the origin and the type, then sizes the frame.
    if (event.origin !== ${JSON.stringify(appOrigin)}) return;
    if (event.data && event.data.type === 'hohhot-map:height') {
      document.getElementById('map').height = String(event.data.height);
    }
  });
</script></body></html>`;
}

let host: Server;
let hostUrl: string;

beforeAll(async () => {
  host = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/host.html') {
      res.writeHead(404).end();
      return;
    }
    const src = url.searchParams.get('src') ?? '/?embed=1';
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(hostPage(src, url.searchParams.get('width') ?? '100%'));
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  // localhost is another origin than the app's 127.0.0.1.
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

async function openFramed(
  src: string,
  options: { width?: string; viewport?: { width: number; height: number } } = {},
) {
  const query = new URLSearchParams({ src, width: options.width ?? '100%' });
  const app = await open(`/host.html?${query.toString()}`, {
    baseUrl: hostUrl,
    allowOrigins: [appOrigin],
    waitForMap: false,
    viewport: options.viewport,
  });
  const element = await app.page.waitForSelector('#map');
  const frame = (await element.contentFrame())!;
  await frame.waitForFunction(() => performance.getEntriesByName('map:idle').length > 0, null, {
    timeout: 45_000,
  });
  return { ...app, frame };
}

/** The full map in the frame's state: its address without `embed=1` (always last). */
async function fullMapOfFrame(frame: Frame): Promise<string> {
  const search = await frame.evaluate(() => location.search);
  return `${appUrl}/${search.replace(/[?&]embed=1$/, '')}`;
}

/** Waits until the link is the full map in the frame's state (the camera may still be moving). */
async function expectFullMapLink(frame: Frame, testId: string): Promise<string> {
  const link = frame.getByTestId(testId);
  await expect
    .poll(async () => (await link.getAttribute('href')) === (await fullMapOfFrame(frame)))
    .toBe(true);
  const href = (await link.getAttribute('href'))!;
  expect(href).not.toContain('embed');
  expect(await link.getAttribute('target')).toBe('_blank');
  expect((await link.getAttribute('rel'))!.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
  return href;
}

type Received = { origin: string; data: unknown }[];
const received = (page: Page) =>
  page.evaluate(() => (window as unknown as { received: Received }).received);

/* ------------------------------------------------------------------ pixels */

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const districts = readJson('geo/districts.geojson') as {
  features: { properties: { code: string; name_en: string; label: [number, number] } }[];
};
const statuses = deriveStatuses(readJson('geo/honours.json') as Honour[]);
/** A division's fill as drawn: its status colour at 0.75 over the light map's background. */
function expectedFill(code: string): Rgb {
  return hex(shownFill('light', statuses[code as keyof typeof statuses]));
}

/**
 * Page positions 12 px below each division's label point where the framed map shows the
 * division itself (its fill is there, no marker within 4 px, nothing of the page above it).
 */
async function divisionSamples(page: Page, frame: Frame) {
  const offset = (await (await page.$('#map'))!.boundingBox())!;
  const labels = districts.features.map((f) => ({
    code: f.properties.code,
    label: f.properties.label,
  }));
  const points = await frame.evaluate((labels) => {
    const map = (window as unknown as { __hohhotMap: import('maplibre-gl').Map }).__hohhotMap;
    const canvas = map.getCanvas();
    const box = canvas.getBoundingClientRect();
    return labels.flatMap(({ code, label }) => {
      const p = map.project(label);
      const x = p.x;
      const y = p.y + 12;
      if (document.elementFromPoint(box.left + x, box.top + y) !== canvas) return [];
      const fills = map.queryRenderedFeatures([x, y], { layers: ['district-fill'] });
      if (!fills.some((f) => f.properties.code === code)) return [];
      const markers = map.queryRenderedFeatures(
        [
          [x - 4, y - 4],
          [x + 4, y + 4],
        ],
        { layers: ['site-points', 'site-clusters'] },
      );
      return markers.length ? [] : [{ code, x: box.left + x, y: box.top + y }];
    });
  }, labels);
  return points.map((p) => ({ ...p, x: p.x + offset.x, y: p.y + offset.y }));
}

/* ------------------------------------------------------------------ tests */

describe('embed (?embed=1) framed by a page of another origin', () => {
  test('the map draws, a division opens its card, the host gets only height messages', async () => {
    const { page, frame } = await openFramed('/?embed=1&cats=court,community&lang=en');
    // No side panel; the title bar and the legend.
    expect(await frame.locator('aside').count()).toBe(0);
    await frame.getByTestId('embed-bar').waitFor();
    expect(await frame.getByTestId('legend').isVisible()).toBe(true);
    expect(await frame.evaluate(() => location.search)).toBe(
      '?cats=court,community&lang=en&embed=1',
    );

    // The host sized the frame to the map's content height.
    await expect
      .poll(async () => Number(await page.locator('#map').getAttribute('height')))
      .not.toBe(520);
    const contentHeight = await frame.evaluate(() =>
      Math.ceil(document.querySelector('.app')!.getBoundingClientRect().height),
    );
    expect(Number(await page.locator('#map').getAttribute('height'))).toBe(contentHeight);

    const png = await page.screenshot({ path: artifactPath('embed-framed-en.png') });
    const samples = await divisionSamples(page, frame);
    expect(samples.length, 'division labels in view').toBeGreaterThan(3);
    const around = await readPixels(png, samples, 3);
    for (const [i, sample] of samples.entries()) {
      const expected = expectedFill(sample.code);
      const nearest = Math.min(...around[i]!.map((rgb) => distance(rgb, expected)));
      expect(nearest, `${sample.code}: expected about rgb(${expected.join(', ')})`).toBeLessThan(
        12,
      );
    }

    // A click on a division: its card, whose link is the full map in the same state.
    const target = samples[0]!;
    await page.mouse.click(target.x, target.y);
    const card = frame.getByTestId('embed-card');
    await card.waitFor();
    const division = districts.features.find((f) => f.properties.code === target.code)!;
    expect(await card.getByRole('heading').textContent()).toBe(division.properties.name_en);
    const href = await expectFullMapLink(frame, 'embed-card-link');
    expect(href).toContain(`district=${target.code}`);
    expect(href).toContain('cats=court,community&lang=en');
    expect(await expectFullMapLink(frame, 'embed-open-full')).toBe(href);
    await page.screenshot({ path: artifactPath('embed-framed-card-en.png') });

    // Escape closes the card.
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });

    // Nothing but height messages, from the app's origin, each an integer.
    const messages = await received(page);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message.origin).toBe(appOrigin);
      expect(Object.keys(message.data as object).sort()).toEqual(['height', 'type']);
      const { type, height } = message.data as { type: string; height: number };
      expect(type).toBe('hohhot-map:height');
      expect(Number.isInteger(height) && height > 0).toBe(true);
    }
  });

  test('a linked site opens its card: name, category, and its link in the full map', async () => {
    const { frame } = await openFramed('/?embed=1&site=qingquanjie');
    const card = frame.getByTestId('embed-card');
    await card.waitFor();
    expect(await card.getByRole('heading').textContent()).toBe('清泉街社区');
    expect(await card.getByTestId('embed-card-line').textContent()).toBe('社区');
    const href = await expectFullMapLink(frame, 'embed-card-link');
    expect(href).toMatch(/\/\?site=qingquanjie(&|$)/);
  });

  test('view=compare in a narrow frame shows the comparison as cards', async () => {
    const { page, frame } = await openFramed('/?embed=1&view=compare&lang=en', { width: '390' });
    await frame.getByTestId('compare-cards').waitFor({ timeout: 20_000 });
    await page.screenshot({ path: artifactPath('embed-compare-390.png') });
  });
});

describe('embed page accessibility (axe-core, WCAG 2.2 AA)', () => {
  for (const lang of ['zh', 'en'] as const) {
    test(`${lang}: the framed map with a division's card`, async () => {
      const { page } = await open(`/?embed=1&district=150104${lang === 'en' ? '&lang=en' : ''}`, {
        baseUrl: appUrl,
      });
      await page.getByTestId('embed-card').waitFor();
      expect(await audit(page)).toEqual([]);
    });
  }
});
