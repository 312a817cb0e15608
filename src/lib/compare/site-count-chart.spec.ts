import { describe, expect, test } from 'vitest';
import { loadBundledData } from '../data/bundled.ts';
import { compareRows, pickedRows, presentCategories } from './compare-rows.ts';
import {
  DEFAULT_CHART_SIZE,
  DIVISION_COLOURS,
  ROW_CHART,
  chartLayoutFor,
  estimateTextWidth,
  groupLabelsFit,
  siteCountChart,
  siteCountRows,
} from './site-count-chart.ts';

const data = loadBundledData();
const rows = compareRows({
  districts: data.districts.features.map((f) => f.properties),
  sites: data.sites.features,
  honours: data.honours,
});
const picked = pickedRows(rows, ['150104', '150122']);
const chart = siteCountChart(picked, presentCategories(picked));

describe('siteCountChart', () => {
  test('one bar per category and picked division, coloured in the order picked', () => {
    expect(chart.bars.map((b) => [b.category, b.code, b.value])).toEqual([
      ['court', '150104', 0],
      ['court', '150122', 1],
      ['community', '150104', 1],
      ['community', '150122', 0],
      ['supervision_office', '150104', 1],
      ['supervision_office', '150122', 1],
    ]);
    expect(chart.bars.map((b) => b.colour)).toEqual([
      DIVISION_COLOURS[0],
      DIVISION_COLOURS[1],
      DIVISION_COLOURS[0],
      DIVISION_COLOURS[1],
      DIVISION_COLOURS[0],
      DIVISION_COLOURS[1],
    ]);
  });

  test('bars stand on the baseline; the largest reaches the top; a zero has no height', () => {
    const { plot } = chart;
    for (const bar of chart.bars) expect(bar.y + bar.height).toBeCloseTo(plot.bottom);
    expect(chart.bars[1].y).toBeCloseTo(plot.top);
    expect(chart.bars[0].height).toBe(0);
  });

  test('bars stay inside the plot and do not overlap', () => {
    const { plot } = chart;
    const sorted = [...chart.bars].sort((a, b) => a.x - b.x);
    for (const [i, bar] of sorted.entries()) {
      expect(bar.x).toBeGreaterThanOrEqual(plot.left);
      expect(bar.x + bar.width).toBeLessThanOrEqual(plot.right);
      if (i > 0) expect(bar.x).toBeGreaterThanOrEqual(sorted[i - 1].x + sorted[i - 1].width);
    }
  });

  test('ticks are whole numbers from zero', () => {
    expect(chart.ticks.map((t) => t.value)).toEqual([0, 1]);
    expect(chart.ticks[0].y).toBe(DEFAULT_CHART_SIZE.height - DEFAULT_CHART_SIZE.margin.bottom);
  });

  test('groups sit at the centre of their bars', () => {
    const group = chart.groups.find((g) => g.category === 'supervision_office')!;
    const bars = chart.bars.filter((b) => b.category === 'supervision_office');
    const left = bars[0].x;
    const right = bars[1].x + bars[1].width;
    expect(group.x).toBeGreaterThan(left);
    expect(group.x).toBeLessThan(right);
  });
});

describe('siteCountRows (narrow screens)', () => {
  const categories = presentCategories(picked);
  const rowsChart = siteCountRows(picked, categories, 330);

  test('lies on its side below 480 px, or where the names would not fit under the columns', () => {
    expect(chartLayoutFor(320)).toBe('rows');
    expect(chartLayoutFor(479)).toBe('rows');
    expect(chartLayoutFor(480)).toBe('columns');
    expect(chartLayoutFor(640, false)).toBe('rows');
  });

  test('estimates a label generously: a CJK character a full em', () => {
    expect(estimateTextWidth('行政执法协调监督')).toBe(96);
    expect(estimateTextWidth('Court')).toBeCloseTo(5 * 0.62 * 12);
  });

  test('names fit under their columns: short Chinese ones do, long English ones do not', () => {
    const groups = siteCountChart(picked, categories).groups; // three categories
    const widths = (labels: string[]) => labels.map((l) => estimateTextWidth(l));
    const width = DEFAULT_CHART_SIZE.width;
    expect(groupLabelsFit(groups, widths(['法院', '社区', '行政执法协调监督']), width)).toBe(true);
    expect(
      groupLabelsFit(groups, widths(['Court', 'Community', 'Law-enforcement supervision']), width),
    ).toBe(false);
    // A name wider than the chart's edge allows.
    expect(groupLabelsFit([{ x: 20 }], [60], width)).toBe(false);
  });

  test('is exactly as wide as the screen gives it; every bar leaves room for its value', () => {
    expect(rowsChart.width).toBe(330);
    for (const bar of rowsChart.bars) {
      expect(bar.x).toBe(0);
      expect(bar.x + bar.width + ROW_CHART.valueSpace).toBeLessThanOrEqual(330 + 1e-9);
    }
    const longest = Math.max(...rowsChart.bars.map((b) => b.width));
    expect(longest).toBeCloseTo(330 - ROW_CHART.valueSpace);
  });

  test('one group per category, its label above its bars; nothing overlaps; all inside', () => {
    expect(rowsChart.groups.map((g) => g.category)).toEqual(categories);
    const sorted = [...rowsChart.bars].sort((a, b) => a.y - b.y);
    for (const [i, bar] of sorted.entries()) {
      if (i > 0) expect(bar.y).toBeGreaterThanOrEqual(sorted[i - 1].y + sorted[i - 1].height);
      expect(bar.y + bar.height).toBeLessThanOrEqual(rowsChart.height);
    }
    for (const group of rowsChart.groups) {
      const bars = rowsChart.bars.filter((b) => b.category === group.category);
      expect(bars.map((b) => b.code)).toEqual(['150104', '150122']);
      expect(group.y).toBeLessThan(Math.min(...bars.map((b) => b.y)));
    }
  });

  test('four divisions make it taller, not wider', () => {
    const four = pickedRows(rows, ['150102', '150103', '150104', '150105']);
    const chart4 = siteCountRows(four, presentCategories(four), 300);
    expect(chart4.width).toBe(300);
    expect(chart4.height).toBeGreaterThan(rowsChart.height);
    expect(new Set(chart4.bars.map((b) => b.colour)).size).toBe(4);
  });
});
