/**
 * app.css's colour tokens: the map's equal the TS palettes in both themes (so markup coloured
 * by them, such as a no-script first view, matches the map), the two dark blocks are the same,
 * and the page's text, links, buttons and focus ring have enough contrast in both themes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { STATUSES } from '../data/vocab.ts';
import { contrastRatio } from '../map/contrast.ts';
import { MAP_PALETTES, THEMES, type Theme } from './palette.ts';

const css = readFileSync(new URL('../../app.css', import.meta.url), 'utf8');

/** The custom properties declared in the block that starts at `selector` (first match). */
function block(selector: string): Record<string, string> {
  const start = css.indexOf(selector);
  if (start < 0) throw new Error(`app.css has no ${selector}`);
  const open = css.indexOf('{', start);
  const close = css.indexOf('}', open);
  const body = css.slice(open + 1, close);
  return Object.fromEntries(
    [...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [name!, value!.trim()]),
  );
}

const tokens: Record<Theme, Record<string, string>> = {
  light: block(':root {\n  color-scheme: light;'),
  dark: block(":root[data-theme='dark'] {"),
};
const systemDark = block(":root:not([data-theme='light']) {");

test('the dark system preference and data-theme=dark declare the same tokens', () => {
  expect(systemDark).toEqual(tokens.dark);
  expect(Object.keys(tokens.dark).sort()).toEqual(Object.keys(tokens.light).sort());
});

test('the dark tokens apply to screens only, so print stays light', () => {
  expect(css).toContain(
    "@media screen and (prefers-color-scheme: dark) {\n  :root:not([data-theme='light'])",
  );
  expect(css).toContain("@media screen {\n  :root[data-theme='dark']");
});

describe.each(THEMES)('%s: the map tokens equal the TS palette', (theme) => {
  const p = MAP_PALETTES[theme];
  const t = tokens[theme];
  test('background, boundaries, labels', () => {
    expect(t['--map-background']).toBe(p.background);
    expect(t['--division-boundary']).toBe(p.boundary);
    expect(t['--division-label']).toBe(p.label);
    expect(t['--division-label-halo']).toBe(p.labelHalo);
    expect(t['--marker-outline']).toBe(p.markerOutline);
    expect(t['--marker-core']).toBe(p.markerCore);
    // The first view (index.html's SVG) draws with these.
    expect(t['--map-neighbour']).toBe(p.neighbourFill);
    expect(t['--map-city']).toBe(p.cityCasing);
    expect(t['--map-hover']).toBe(p.hover);
    expect(t['--map-selected']).toBe(p.selected);
    expect(t['--neighbour-label']).toBe(p.neighbourLabel);
    expect(t['--map-hatch']).toBe(
      '#' + p.hatch.map((c) => c.toString(16).padStart(2, '0')).join(''),
    );
  });
  test.each(STATUSES)('--status-%s', (status) => {
    expect(t[`--status-${status}`]).toBe(p.status[status]);
  });
});

describe.each(THEMES)('%s: the page is readable', (theme) => {
  const t = tokens[theme];
  const text: [string, string, string][] = [
    ['--ink', '--surface', 'body text'],
    ['--ink', '--surface-panel', 'panel text'],
    ['--muted', '--surface', 'muted text'],
    ['--muted', '--surface-panel', 'muted text on the panel'],
    ['--muted', '--highlight', 'muted text on a highlighted row'],
    ['--link', '--surface', 'links'],
    ['--link', '--surface-panel', 'links on the panel'],
    ['--link', '--highlight', 'links on a highlighted row'],
    ['--brand', '--surface', 'outlined buttons'],
    ['--on-brand', '--brand', 'pressed buttons'],
    ['#ffffff', '--header-bg', 'header text'],
    ['--header-muted', '--header-bg', 'header subtitle'],
    ['--warn-ink', '--warn-bg', 'notices'],
    ['--warn-text', '--surface', 'warning text'],
    ['--danger', '--surface', 'problems'],
    ['--ink', '--danger-bg', 'problem text'],
    ['--chip-ink', '--chip-bg', 'search chips'],
    ['--ink', '--chip-orange-bg', 'search chips (orange)'],
    ['--ink', '--chip-green-bg', 'search chips (green)'],
    ['--grade-a-ink', '--grade-a-bg', 'grade A'],
    ['--grade-b-ink', '--grade-b-bg', 'grade B'],
    ['--grade-c-ink', '--grade-c-bg', 'grade C'],
    ['--cite', '--surface-panel', 'citations'],
    ['--tooltip-ink', '--tooltip-bg', 'the map tooltip'],
    ['--ink', '--selected-bg', 'a selected row'],
    ['--ink', '--option-active-bg', 'the active search option'],
  ];
  const value = (v: string) => (v.startsWith('--') ? t[v]! : v);
  test.each(text)('%s on %s (%s) is at least 4.5:1', (fg, bg) => {
    expect(contrastRatio(value(fg), value(bg))).toBeGreaterThanOrEqual(4.5);
  });
  const marks: [string, string, string][] = [
    ['--focus', '--surface', 'the focus ring'],
    ['--focus', '--surface-panel', 'the focus ring on the panel'],
    ['--accent', '--surface', 'pressed and selected marks'],
    ['--muted', '--surface', 'input borders'],
    ['--option-active-edge', '--option-active-bg', 'the active option edge'],
  ];
  test.each(marks)('%s on %s (%s) is at least 3:1', (fg, bg) => {
    expect(contrastRatio(value(fg), value(bg))).toBeGreaterThanOrEqual(3);
  });
});

describe('the first view (index.html) in the page’s theme', () => {
  test.each(STATUSES)('app.css colours a division of status %s by its token', (status) => {
    expect(css).toContain(
      `.first-view:not(.fv-measure) .fv-d[data-status='${status}'] {\n  fill: var(--status-${status});`,
    );
  });
});
