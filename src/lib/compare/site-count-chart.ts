/**
 * Geometry of the grouped bar chart of site counts: one group per category, one bar per
 * picked division. Pure (d3-scale only), so the SVG component just draws what this returns.
 */
import { scaleBand, scaleLinear } from 'd3-scale-charts';
import type { SiteCategory } from '../data/vocab.ts';
import type { CompareRow } from './compare-rows.ts';

/** Okabe–Ito colours, one per picked division (at most four), in the order picked. */
export const DIVISION_COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7'] as const;

export interface ChartSize {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export const DEFAULT_CHART_SIZE: ChartSize = {
  width: 560,
  height: 260,
  margin: { top: 20, right: 12, bottom: 48, left: 44 },
};

export interface Bar {
  code: string;
  category: SiteCategory;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
  colour: string;
}

export interface SiteCountChart {
  bars: Bar[];
  /** Category labels under each group (x is the group's centre). */
  groups: { category: SiteCategory; x: number }[];
  /** Whole-number ticks of the count axis. */
  ticks: { value: number; y: number }[];
  /** The plot area, inside the margins. */
  plot: { left: number; right: number; top: number; bottom: number };
}

export function siteCountChart(
  picked: readonly CompareRow[],
  categories: readonly SiteCategory[],
  size: ChartSize = DEFAULT_CHART_SIZE,
): SiteCountChart {
  const { width, height, margin } = size;
  const plot = {
    left: margin.left,
    right: width - margin.right,
    top: margin.top,
    bottom: height - margin.bottom,
  };
  const x = scaleBand<SiteCategory>()
    .domain(categories)
    .range([plot.left, plot.right])
    .paddingInner(0.25)
    .paddingOuter(0.1);
  const inner = scaleBand<string>()
    .domain(picked.map((r) => r.code))
    .range([0, x.bandwidth()])
    .padding(0.08);
  const max = Math.max(1, ...picked.flatMap((r) => categories.map((c) => r.sites[c])));
  const y = scaleLinear().domain([0, max]).nice().range([plot.bottom, plot.top]);

  const bars = categories.flatMap((category) =>
    picked.map((r, i) => {
      const value = r.sites[category];
      return {
        code: r.code,
        category,
        value,
        x: (x(category) ?? 0) + (inner(r.code) ?? 0),
        y: y(value),
        width: inner.bandwidth(),
        height: plot.bottom - y(value),
        colour: DIVISION_COLOURS[i % DIVISION_COLOURS.length],
      };
    }),
  );
  const groups = categories.map((category) => ({
    category,
    x: (x(category) ?? 0) + x.bandwidth() / 2,
  }));
  const ticks = y
    .ticks(Math.min(5, y.domain()[1]))
    .filter(Number.isInteger)
    .map((value) => ({ value, y: y(value) }));
  return { bars, groups, ticks, plot };
}

/* ---------------------------------------------------------------- narrow screens */

/** Below this width (px) the chart lies on its side: categories as rows, one label line each. */
export const NARROW_CHART_WIDTH = 480;

/**
 * A generous estimate of a label's width at `fontSize` px: a full em for each CJK character,
 * 0.62 em for anything else (wider than most Latin letters in the system fonts).
 */
export function estimateTextWidth(text: string, fontSize = 12): number {
  let ems = 0;
  for (const char of text) ems += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.62;
  return ems * fontSize;
}

/**
 * Whether each category's name fits under its group of columns without meeting its
 * neighbours' or leaving the chart (widths in the chart's own units, e.g. from
 * `estimateTextWidth`).
 */
export function groupLabelsFit(
  groups: readonly { x: number }[],
  labelWidths: readonly number[],
  chartWidth: number,
  gap = 6,
): boolean {
  return groups.every((group, i) => {
    const half = labelWidths[i] / 2;
    if (group.x - half < 0 || group.x + half > chartWidth) return false;
    const next = groups[i + 1];
    return !next || next.x - group.x >= half + labelWidths[i + 1] / 2 + gap;
  });
}

/**
 * Columns where the figure is wide enough for their text to stay readable and every
 * category's name fits under its group; otherwise rows, whose names have a line of their own.
 */
export function chartLayoutFor(width: number, labelsFit = true): 'columns' | 'rows' {
  return width < NARROW_CHART_WIDTH || !labelsFit ? 'rows' : 'columns';
}

/** Sizes of the chart on its side, in px (drawn at 1:1, so 12 px text stays 12 px). */
export const ROW_CHART = { label: 18, bar: 16, gap: 4, groupGap: 12, valueSpace: 36 } as const;

export interface RowChart {
  width: number;
  height: number;
  bars: Bar[];
  /** Category labels, above each group's bars (y is the text's baseline). */
  groups: { category: SiteCategory; y: number }[];
}

/**
 * Site counts as horizontal bars for a screen `width` px wide: one group per category (its
 * name on a line of its own, then one bar per picked division, its value after it), the
 * longest bar leaving room for its value. Grows downwards, never sideways.
 */
export function siteCountRows(
  picked: readonly CompareRow[],
  categories: readonly SiteCategory[],
  width: number,
): RowChart {
  const { label, bar, gap, groupGap, valueSpace } = ROW_CHART;
  const max = Math.max(1, ...picked.flatMap((r) => categories.map((c) => r.sites[c])));
  const x = scaleLinear()
    .domain([0, max])
    .range([0, Math.max(0, width - valueSpace)]);
  const groupHeight = label + picked.length * (bar + gap);
  const bars: Bar[] = [];
  const groups = categories.map((category, g) => {
    const top = g * (groupHeight + groupGap);
    picked.forEach((r, i) => {
      const value = r.sites[category];
      bars.push({
        code: r.code,
        category,
        value,
        x: 0,
        y: top + label + i * (bar + gap),
        width: x(value),
        height: bar,
        colour: DIVISION_COLOURS[i % DIVISION_COLOURS.length],
      });
    });
    return { category, y: top + label - 5 };
  });
  const height = categories.length
    ? categories.length * groupHeight + (categories.length - 1) * groupGap
    : 0;
  return { width, height, bars, groups };
}
