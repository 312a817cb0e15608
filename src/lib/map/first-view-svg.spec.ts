import { describe, expect, test } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { Polygon } from 'geojson';
import { loadBundledData } from '../data/bundled.ts';
import { deriveStatuses } from '../data/status.ts';
import { collectionBounds } from './bounds.ts';
import { mercator } from './first-view.ts';
import {
  boundsSize,
  escapeXml,
  firstViewContext,
  firstViewDivisions,
  firstViewPicture,
  firstViewSvg,
  ringPath,
  shapePath,
} from './first-view-svg.ts';
import { STATUS_COLOURS } from './status-scale.ts';
import { MAP_PALETTES } from '../theme/palette.ts';

const { districts, honours, context } = loadBundledData();
const bounds = collectionBounds(districts);
const divisions = firstViewDivisions(districts, deriveStatuses(honours));
const svg = firstViewSvg(divisions, bounds, firstViewContext(context)).html;

describe('ringPath', () => {
  test('writes relative whole-pixel steps and closes the ring', () => {
    const d = ringPath([
      [0, 0],
      [10.4, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ]);
    expect(d).toBe('M0 0l10 0 0 10 -10 0z');
  });

  test('leaves out steps that round to nothing, and rings that collapse', () => {
    expect(
      ringPath([
        [0, 0],
        [0.2, 0.1],
        [5, 0],
        [5, 5],
        [0, 0],
      ]),
    ).toBe('M0 0l5 0 0 5z');
    expect(
      ringPath([
        [0, 0],
        [0.3, 0.3],
        [0.1, 0.4],
        [0, 0],
      ]),
    ).toBeNull();
  });
});

describe('shapePath', () => {
  test('simplifies: fewer points with a larger tolerance, never an empty shape', () => {
    const geometry = districts.features[0].geometry;
    const project = (p: number[]): [number, number] => [p[0] * 1000, -p[1] * 1000];
    const fine = shapePath(geometry, project, 0.5);
    const coarse = shapePath(geometry, project, 5);
    expect(coarse.length).toBeGreaterThan(20);
    expect(coarse.length).toBeLessThan(fine.length);
    expect(fine.startsWith('M')).toBe(true);
  });

  test('writes each polygon of a multipolygon', () => {
    const square = (x: number): Polygon['coordinates'] => [
      [
        [x, 0],
        [x + 10, 0],
        [x + 10, 10],
        [x, 10],
        [x, 0],
      ],
    ];
    const d = shapePath(
      { type: 'MultiPolygon', coordinates: [square(0), square(20)] },
      (p) => [p[0], p[1]],
      0.1,
    );
    expect(d.match(/M/g)).toHaveLength(2);
  });
});

describe('escapeXml', () => {
  test('escapes markup in names', () => {
    expect(escapeXml(`<b a="1">&'`)).toBe('&lt;b a=&quot;1&quot;&gt;&amp;&#39;');
  });
});

describe('firstViewSvg', () => {
  test('has one link per division, to its own view, named and coloured by status', () => {
    const links = [...svg.matchAll(/<a href="\?district=(\d+)"[^>]*>/g)];
    expect(links.map((m) => m[1]).sort()).toEqual(
      districts.features.map((f) => f.properties.code).sort(),
    );
    const statuses = deriveStatuses(honours);
    for (const [tag, code] of links.map((m) => [m[0], m[1]] as const)) {
      const status = statuses[code as keyof typeof statuses];
      expect(tag).toContain(`fill="${STATUS_COLOURS[status]}"`);
      expect(tag).toContain(`data-status="${status}"`);
      const name = districts.features.find((f) => f.properties.code === code)?.properties.name_zh;
      expect(tag).toContain(`aria-label="${name}"`);
    }
  });

  test('hatches exactly the divisions whose status is hatched', () => {
    const hatched = divisions.filter((d) => d.hatched).map((d) => d.code);
    expect(hatched.length).toBeGreaterThan(0);
    const uses = [...svg.matchAll(/<use href="#fv-p-(\d+)" class="fv-hatch"/g)].map((m) => m[1]);
    expect(uses.sort()).toEqual(hatched.sort());
  });

  test('names each division at its label point, in its viewBox (the bounds at SVG_ZOOM)', () => {
    const { width, height } = boundsSize(bounds);
    expect(svg).toContain(`viewBox="0 0 ${width.toFixed(1)} ${height.toFixed(1)}"`);
    const feature = districts.features.find((f) => f.properties.code === '150104');
    const match = svg.match(
      /<text x="([\d.]+)" y="([\d.]+)" data-code="150104" data-en="([^"]+)">([^<]+)<\/text>/,
    );
    expect(match?.[4]).toBe(feature?.properties.name_zh);
    expect(match?.[3]).toBe(feature?.properties.name_en);
    // The label point's place in the bounds, as a share of their width and height.
    const [x0, y1] = mercator(bounds[0]);
    const [x1, y0] = mercator(bounds[1]);
    const [lx, ly] = mercator(feature!.properties.label);
    expect(Number(match?.[1]) / width).toBeCloseTo((lx - x0) / (x1 - x0), 3);
    expect(Number(match?.[2]) / height).toBeCloseTo((ly - y0) / (y1 - y0), 3);
  });

  test('draws the city outline and names the neighbours, without their shapes', () => {
    expect(svg).toContain('class="fv-city"');
    for (const f of context.features.filter((c) => c.properties.role === 'neighbour'))
      expect(svg).toContain(`>${f.properties.name_zh}</text>`);
  });

  test('is a few KB on the wire, and holds no inline style or script', () => {
    expect(gzipSync(svg).length).toBeLessThan(8 * 1024);
    expect(svg).not.toMatch(/style=|<style|<script|on\w+=/i);
  });

  test('escapes names from the data', () => {
    const [first] = divisions;
    const html = firstViewSvg([{ ...first, name: '<img src=x onerror=alert(1)>' }], bounds).html;
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('firstViewPicture', () => {
  const context = firstViewContext(loadBundledData().context);
  test.each(['light', 'dark'] as const)(
    'draws every division in the %s palette, with the hatch, and nothing else',
    (theme) => {
      const palette = MAP_PALETTES[theme];
      const picture = firstViewPicture(divisions, bounds, context, palette);
      for (const division of divisions) {
        const fill = palette.status[division.status as keyof typeof palette.status];
        expect(picture).toContain(`fill="${fill}" fill-opacity="${palette.fillOpacity}"`);
      }
      const hatches = picture.match(/fill="url\(#h\)"/g) ?? [];
      expect(hatches).toHaveLength(divisions.filter((d) => d.hatched).length);
      expect(picture).toContain(`stroke="${palette.boundary}"`);
      expect(picture).toContain(`stroke="${palette.cityCasing}"`);
      // No names, links or scripts: the markup over it has those.
      expect(picture).not.toMatch(/<text|<a |<script|style=/);
    },
  );

  test('has the markup’s size, so the two are framed alike', () => {
    const { width, height } = boundsSize(bounds);
    const picture = firstViewPicture(divisions, bounds, context, MAP_PALETTES.light);
    expect(picture).toContain(`viewBox="0 0 ${width.toFixed(1)} ${height.toFixed(1)}"`);
  });
});
