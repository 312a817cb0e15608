/**
 * The two themes' colours for the map, in one place: the style builder, the drawn images
 * (labels, clusters, markers, hatch), the first view and the legend read them, and app.css
 * holds the same values as custom properties (a test keeps the two equal). Light is what
 * the exports and print use; dark is for a dark screen (a phone at night).
 */
import type { Status } from '../data/vocab.ts';

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface MapPalette {
  background: string;
  neighbourFill: string;
  neighbourLine: string;
  cityCasing: string;
  /** The line between divisions. */
  boundary: string;
  hover: string;
  selected: string;
  /** Division fills (drawn at `fillOpacity` over the background). */
  status: Record<Status, string>;
  fillOpacity: number;
  /** The hatch's stripes over a held title (rgb) and their alpha (0–255). */
  hatch: [number, number, number];
  hatchAlpha: number;
  label: string;
  labelHalo: string;
  neighbourLabel: string;
  clusterFill: string;
  clusterStroke: string;
  clusterText: string;
  markerOutline: string;
  /** The core of a hollow marker. */
  markerCore: string;
  /** The selected site's ring and its edge. */
  ring: string;
  ringEdge: string;
  /** The numeric measures' classes, low to high (one hue, lightness steps: colour-blind safe). */
  sequential: string[];
}

export const MAP_PALETTES: Record<Theme, MapPalette> = {
  light: {
    background: '#eef2f5',
    neighbourFill: '#e2e6ea',
    neighbourLine: '#9aa5ae',
    cityCasing: '#4a5660',
    boundary: '#ffffff',
    hover: '#1f2a33',
    selected: '#d55e00',
    // Okabe–Ito blue against a neutral grey (safe for the common colour blindnesses).
    status: { region_demonstration: '#0072b2', none_named: '#cfcfcf' },
    fillOpacity: 0.75,
    hatch: [255, 255, 255],
    hatchAlpha: 150,
    label: '#1f2a33',
    labelHalo: '#ffffff',
    neighbourLabel: '#5b6670',
    clusterFill: '#ffffff',
    clusterStroke: '#1f2a33',
    clusterText: '#1f2a33',
    markerOutline: '#1f2a33',
    markerCore: '#ffffff',
    ring: '#d55e00',
    ringEdge: '#ffffff',
    // ColorBrewer Blues, 5 classes.
    sequential: ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'],
  },
  dark: {
    background: '#0f161c',
    neighbourFill: '#19222a',
    neighbourLine: '#5d6a75',
    cityCasing: '#c3ccd5',
    boundary: '#ffffff',
    hover: '#ffd166',
    selected: '#ff9a4d',
    // Okabe–Ito sky blue against a dark grey: the same hue pair, lightness turned for a dark ground.
    status: { region_demonstration: '#56b4e9', none_named: '#3a4550' },
    fillOpacity: 0.75,
    hatch: [15, 22, 28],
    hatchAlpha: 150,
    label: '#f2f5f8',
    labelHalo: '#0f161c',
    neighbourLabel: '#a3afba',
    clusterFill: '#1b252e',
    clusterStroke: '#ffffff',
    clusterText: '#f2f5f8',
    markerOutline: '#ffffff',
    markerCore: '#0f161c',
    ring: '#ff9a4d',
    ringEdge: '#0f161c',
    // Blues the other way up: more is brighter on the dark ground.
    sequential: ['#1f3b57', '#285a80', '#337aa8', '#4f99cc', '#7cbbe6'],
  },
};

/** `colour` drawn at `opacity` over `ground`, as #rrggbb (what a fill shows on the map). */
export function composite(colour: string, ground: string, opacity: number): string {
  const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  const top = rgb(colour);
  const below = rgb(ground);
  return (
    '#' +
    top
      .map((c, i) => Math.round(c * opacity + below[i] * (1 - opacity)))
      .map((c) => c.toString(16).padStart(2, '0'))
      .join('')
  );
}

/** What a division of each status shows over the map's background. */
export function shownFill(theme: Theme, status: Status): string {
  const p = MAP_PALETTES[theme];
  return composite(p.status[status], p.background, p.fillOpacity);
}
