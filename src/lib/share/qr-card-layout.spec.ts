import { describe, expect, test } from 'vitest';
import { QR_CARD_SIZES, qrCardLayout } from './qr-card-layout.ts';

/** Every character 10 px wide. */
const measure = (text: string) => Array.from(text).length * 10;

const TEXT = {
  title: '呼和浩特法治地图',
  asOf: '数据截至 2025-11-18',
  link: 'http://127.0.0.1:4173/?district=150104&lang=en',
};

describe('qrCardLayout', () => {
  test('the code on the left, the text beside it, in order: title, as-of, link', () => {
    const layout = qrCardLayout(232, TEXT, measure);
    expect(layout.qr).toMatchObject({ x: QR_CARD_SIZES.padding, size: 232 });
    expect(layout.textX).toBe(QR_CARD_SIZES.padding + 232 + QR_CARD_SIZES.gap);
    expect(layout.lines.map((l) => l.kind)).toEqual(['title', 'note', 'link', 'link']);
    expect(layout.lines.map((l) => l.text).join('')).toBe(TEXT.title + TEXT.asOf + TEXT.link);
    const ys = layout.lines.map((l) => l.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });

  test('everything lies inside the image', () => {
    const layout = qrCardLayout(232, TEXT, measure);
    expect(layout.qr.y).toBeGreaterThanOrEqual(QR_CARD_SIZES.padding);
    expect(layout.qr.y + 232).toBeLessThanOrEqual(layout.height - QR_CARD_SIZES.padding);
    for (const line of layout.lines) {
      expect(line.y).toBeLessThan(layout.height);
      expect(layout.textX + measure(line.text)).toBeLessThanOrEqual(layout.width);
    }
  });

  test('a long link grows the image below the code', () => {
    const long = qrCardLayout(100, { ...TEXT, link: 'x'.repeat(400) }, measure);
    expect(long.height).toBeGreaterThan(100 + 2 * QR_CARD_SIZES.padding);
    expect(long.lines.at(-1)?.y).toBeLessThan(long.height);
  });

  test('scales with the pixel ratio', () => {
    const one = qrCardLayout(232, TEXT, measure);
    const two = qrCardLayout(464, TEXT, measure, 2);
    expect(two.width).toBe(one.width * 2);
  });

  test('empty texts and a bad size give an image of the code alone', () => {
    const layout = qrCardLayout(Number.NaN, { title: '', asOf: '', link: '' }, measure);
    expect(layout.lines).toEqual([]);
    expect(Number.isFinite(layout.height)).toBe(true);
  });
});
