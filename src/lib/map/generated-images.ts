/**
 * Map labels and cluster badges as images drawn by the page, not as MapLibre text: no
 * glyph rasterising (TinySDF) and no text shader, so the map is ready sooner and a
 * filter change lays out no text. The style names each image by what it shows
 * (`label:district:玉泉区`, or a cluster's counts: site-expressions.ts); MapView draws an
 * image the first time MapLibre asks for it. This file is the pure part: ids, sizes.
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../i18n/messages.ts';
import { MAP_PALETTES, type Theme } from '../theme/palette.ts';
import { parseClusterImageId, type ClusterCounts } from './site-expressions.ts';

export const INK = MAP_PALETTES.light.label;
export const HALO = MAP_PALETTES.light.labelHalo;

export interface LabelStyle {
  /** CSS px at icon-size 1. */
  size: number;
  colour: string;
  halo: string;
  haloWidth: number;
  /** In em. */
  letterSpacing: number;
  /** Lines wrap at this many em. */
  maxWidth: number;
}

export const LABEL_STYLES = {
  district: {
    size: 16,
    colour: INK,
    halo: HALO,
    haloWidth: 2,
    letterSpacing: 0,
    maxWidth: 8,
  },
  neighbour: {
    size: 13,
    colour: '#5b6670',
    halo: HALO,
    haloWidth: 1.5,
    letterSpacing: 0.1,
    maxWidth: 10,
  },
} as const satisfies Record<string, LabelStyle>;

export type LabelKind = keyof typeof LABEL_STYLES;

/** A label's look in a theme: the sizes above, the theme's text and halo colours. */
export function labelStyle(kind: LabelKind, theme: Theme = 'light'): LabelStyle {
  const p = MAP_PALETTES[theme];
  const colour = kind === 'district' ? p.label : p.neighbourLabel;
  return { ...LABEL_STYLES[kind], colour, halo: p.labelHalo };
}

export const CLUSTER_STYLE = {
  fill: '#ffffff',
  stroke: INK,
  strokeWidth: 2,
  text: INK,
  textSize: 13,
} as const;

/** A cluster badge's look in a theme. */
export function clusterStyle(theme: Theme = 'light') {
  const p = MAP_PALETTES[theme];
  return { ...CLUSTER_STYLE, fill: p.clusterFill, stroke: p.clusterStroke, text: p.clusterText };
}

/** Fonts for the drawn labels: the page's CJK stack (system fonts, nothing fetched). */
export const LABEL_FONT_FAMILY = '"Noto Sans CJK SC", "Noto Sans SC", "Noto Sans", sans-serif';

export type LabelImage = { kind: 'label'; label: LabelKind; text: string };
export type GeneratedImage = LabelImage | { kind: 'cluster'; counts: ClusterCounts };

const LABEL_PREFIX = 'label:';

export function labelImageId(label: LabelKind, text: string): string {
  return `${LABEL_PREFIX}${label}:${text}`;
}

/** What an image id asks to be drawn, or null for an id this file does not make. */
export function parseImageId(id: string): GeneratedImage | null {
  const counts = parseClusterImageId(id);
  if (counts) return { kind: 'cluster', counts };
  if (id.startsWith(LABEL_PREFIX)) {
    const rest = id.slice(LABEL_PREFIX.length);
    const colon = rest.indexOf(':');
    const label = rest.slice(0, colon);
    const text = rest.slice(colon + 1);
    if (colon < 1 || !(label in LABEL_STYLES) || text.trim() === '') return null;
    return { kind: 'label', label: label as LabelKind, text };
  }
  return null;
}

/** The property a label shows: the feature's name in the map's language. */
export function labelNameField(lang: Lang): 'name_zh' | 'name_en' {
  return lang === 'zh' ? 'name_zh' : 'name_en';
}

/** `icon-image` for a label layer: the feature's name in the map's language. */
export function labelImageExpression(label: LabelKind, lang: Lang): ExpressionSpecification {
  return ['concat', labelImageId(label, ''), ['get', labelNameField(lang)]];
}

const CLUSTER_STOPS: [number, number][] = [
  [2, 13],
  [100, 20],
  [10_000, 30],
];

/** A cluster badge's radius in CSS px: linear between the stops, clamped at the ends. */
export function clusterRadius(count: number): number {
  const [first] = CLUSTER_STOPS;
  const last = CLUSTER_STOPS[CLUSTER_STOPS.length - 1];
  if (count <= first[0]) return first[1];
  if (count >= last[0]) return last[1];
  for (let i = 1; i < CLUSTER_STOPS.length; i++) {
    const [c1, r1] = CLUSTER_STOPS[i];
    const [c0, r0] = CLUSTER_STOPS[i - 1];
    if (count <= c1) return r0 + ((count - c0) / (c1 - c0)) * (r1 - r0);
  }
  return last[1];
}

/**
 * Greedy line breaking at spaces: lines no wider than `maxWidth` (a single word that is
 * wider stays on its own line). Text without spaces (Chinese names) stays on one line.
 */
export function wrapLines(
  text: string,
  maxWidth: number,
  measure: (line: string) => number,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
