import { describe, expect, test } from 'vitest';
import { loadBundledData } from '../data/bundled.ts';
import { compareRows, pickedRows, presentCategories } from './compare-rows.ts';
import { DEFAULT_CHART_SIZE, DIVISION_COLOURS, siteCountChart } from './site-count-chart.ts';

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
