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
