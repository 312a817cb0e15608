/**
 * What a person sees of the map, in pixels: a screenshot of the whole page (the composited
 * frame, as on screen; a clipped screenshot of the canvas can look whole when the screen is
 * not), sampled about 12 px below every visible division's label point, which must show the
 * division's colour, and on a grid over the part of the map a person can see, of which no
 * more than a few percent may be the page's background. Phone and desktop sizes, zh and en,
 * with and without a selection; in dark (`theme=dark`) at a phone's and a desktop's size with
 * one renderer, where the divisions must show the dark palette's colours and stay distinct.
 * The screenshots stay in test-results/.
 */
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { artifactPath, nextIdle, usePages } from './harness.ts';
import { readFileSync } from 'node:fs';
import { distance, hex, readPixels, type Rgb } from './pixels.ts';
import { deriveStatuses } from '../../src/lib/data/status.ts';
import { shownFill, type Theme } from '../../src/lib/theme/palette.ts';
import { contrastRatio } from '../../src/lib/map/contrast.ts';
import type { Honour } from '../../src/lib/data/schema.ts';

const open = usePages({ afterEach, afterAll, expect });

const SIZES = [
  { width: 390, height: 844 },
  { width: 600, height: 900 },
  { width: 1024, height: 768 },
  { width: 1366, height: 850 },
];
/** The page's own background (app.css's --surface): what shows where the canvas is not drawn. */
const PAGE_BACKGROUND: Record<Theme, Rgb> = { light: [255, 255, 255], dark: [0x16, 0x1d, 0x24] };
/**
 * The share of grid points that may be page background. A point counts when its whole 7×7
 * neighbourhood is the page's white: division borders (1.5 px) and label halos are white too,
 * but never that wide.
 */
const MAX_BACKGROUND_SHARE = 0.03;

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const districts = readJson('geo/districts.geojson') as {
  features: { properties: { code: string; label: [number, number] } }[];
};
const statuses = deriveStatuses(readJson('geo/honours.json') as Honour[]);

/** A division's fill as drawn: its status colour at 0.75 over the theme's map background. */
function expectedFill(code: string, theme: Theme): Rgb {
  return hex(shownFill(theme, statuses[code as keyof typeof statuses]));
}

/** The map's box, and the boxes over it that a person cannot see the map through. */
async function layout(page: Page): Promise<{ map: Rect; covers: Rect[] }> {
  return page.evaluate(() => {
    const rect = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const canvas = document.querySelector('.maplibregl-canvas')!;
    const covers = [
      ...document.querySelectorAll('header, aside, .maplibregl-ctrl, [data-testid="notice"]'),
    ]
      .map(rect)
      .filter((r) => r.right > r.left && r.bottom > r.top);
    const viewport = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
    const map = rect(canvas);
    return {
      map: {
        left: Math.max(map.left, viewport.left),
        top: Math.max(map.top, viewport.top),
        right: Math.min(map.right, viewport.right),
        bottom: Math.min(map.bottom, viewport.bottom),
      },
      covers,
    };
  });
}

const inside = (r: Rect, x: number, y: number, margin = 0) =>
  x >= r.left - margin && x <= r.right + margin && y >= r.top - margin && y <= r.bottom + margin;

function visible(map: Rect, covers: Rect[], x: number, y: number): boolean {
  return inside(map, x, y, -4) && !covers.some((c) => inside(c, x, y, 16)); // 16: the sheet's shadow
}

/** Page positions of each division's label point, from the live map's projection. */
async function labelPoints(page: Page): Promise<{ code: string; x: number; y: number }[]> {
  const labels = (
    districts as unknown as {
      features: { properties: { code: string; label: [number, number] } }[];
    }
  ).features.map((f) => ({ code: f.properties.code, label: f.properties.label }));
  return page.evaluate((labels) => {
    const map = (window as unknown as { __hohhotMap: import('maplibre-gl').Map }).__hohhotMap;
    const box = map.getCanvas().getBoundingClientRect();
    return labels.map(({ code, label }) => {
      const p = map.project(label);
      return { code, x: box.left + p.x, y: box.top + p.y };
    });
  }, labels);
}

/**
 * Two ways Chromium draws: ANGLE SwiftShader (the flags of the other browser tests), and its
 * own default choice of WebGL and compositing, as a person's browser starts (the blank block
 * on phones showed only there).
 */
const RENDERERS = [
  { name: 'swiftshader', defaultGpu: false },
  { name: 'default', defaultGpu: true },
] as const;

/**
 * Which sample points the map itself says show their division: the division's fill is
 * there (a small division at a small zoom may end above the point) and no marker or cluster
 * badge lies within 4 px (those are content too). Where the map says so, the screen must too.
 */
async function divisionShownAt(
  page: Page,
  points: { code: string; x: number; y: number }[],
): Promise<boolean[]> {
  return page.evaluate((points) => {
    const map = (window as unknown as { __hohhotMap: import('maplibre-gl').Map }).__hohhotMap;
    const box = map.getCanvas().getBoundingClientRect();
    return points.map(({ code, x, y }) => {
      const px = x - box.left;
      const py = y - box.top;
      const fills = map.queryRenderedFeatures([px, py], { layers: ['district-fill'] });
      if (!fills.some((f) => f.properties.code === code)) return false;
      const markers = map.queryRenderedFeatures(
        [
          [px - 4, py - 4],
          [px + 4, py + 4],
        ],
        { layers: ['site-points', 'site-clusters'] },
      );
      return markers.length === 0;
    });
  }, points);
}

interface PixelCase {
  renderer: (typeof RENDERERS)[number];
  size: { width: number; height: number };
  lang: 'zh' | 'en';
  selection: '150105' | null;
  theme: Theme;
}

const CASES: PixelCase[] = [
  ...RENDERERS.flatMap((renderer) =>
    SIZES.flatMap((size) =>
      (['zh', 'en'] as const).flatMap((lang) =>
        ([null, '150105'] as const).map((selection) => ({
          renderer,
          size,
          lang,
          selection,
          theme: 'light' as const,
        })),
      ),
    ),
  ),
  // Dark: the two main sizes, one renderer (the added time stays small).
  ...[SIZES[0]!, SIZES[3]!].flatMap((size) =>
    ([null, '150105'] as const).map((selection) => ({
      renderer: RENDERERS[0],
      size,
      lang: 'zh' as const,
      selection,
      theme: 'dark' as const,
    })),
  ),
];

for (const { renderer, size, lang, selection, theme } of CASES) {
  const name = `${renderer.name}-${size.width}x${size.height}-${lang}${selection ? `-${selection}` : ''}${theme === 'dark' ? '-dark' : ''}`;
  const query = `/?lang=${lang}${selection ? `&district=${selection}` : ''}${theme === 'dark' ? '&theme=dark' : ''}`;

  describe(`the map’s pixels (${renderer.name}) at ${size.width}×${size.height}, ${lang}${selection ? ', 赛罕区 selected' : ''}${theme === 'dark' ? ', dark' : ''}`, () => {
    test('each visible division shows its colour below its label, and the map is whole', async () => {
      const { page } = await open(query, { viewport: size, defaultGpu: renderer.defaultGpu });
      await nextIdle(page);
      const png = await page.screenshot({ path: artifactPath(`map-pixels-${name}.png`) });
      const { map, covers } = await layout(page);

      const samples = (await labelPoints(page))
        .map((p) => ({ ...p, y: p.y + 12 }))
        .filter((p) => visible(map, covers, p.x, p.y));
      const shown = await divisionShownAt(page, samples);
      const free = samples.filter((_, i) => shown[i]);
      expect(free.length, 'some division labels are in view').toBeGreaterThan(0);
      const around = await readPixels(png, free, 3);
      for (const [i, sample] of free.entries()) {
        const expected = expectedFill(sample.code, theme);
        const nearest = Math.min(...around[i]!.map((rgb) => distance(rgb, expected)));
        expect(
          nearest,
          `${sample.code} at (${Math.round(sample.x)}, ${Math.round(sample.y)}): expected about rgb(${expected.join(', ')})`,
        ).toBeLessThan(12);
      }
      // The statuses stay apart as drawn (the samples above match these within 12).
      const held = shownFill(theme, 'region_demonstration');
      const none = shownFill(theme, 'none_named');
      expect(distance(hex(held), hex(none))).toBeGreaterThan(100);
      if (theme === 'dark') expect(contrastRatio(held, none)).toBeGreaterThanOrEqual(3);

      const grid: { x: number; y: number }[] = [];
      for (let y = map.top + 8; y < map.bottom - 8; y += 20) {
        for (let x = map.left + 8; x < map.right - 8; x += 20) {
          if (visible(map, covers, x, y)) grid.push({ x, y });
        }
      }
      expect(grid.length, 'a visible part of the map').toBeGreaterThan(100);
      const neighbourhoods = await readPixels(png, grid, 3);
      const background = neighbourhoods.filter((around) =>
        around.every((rgb) => distance(rgb, PAGE_BACKGROUND[theme]) === 0),
      ).length;
      expect(
        background / grid.length,
        `${background} of ${grid.length} grid points show the page's background`,
      ).toBeLessThanOrEqual(MAX_BACKGROUND_SHARE);
    });
  });
}
