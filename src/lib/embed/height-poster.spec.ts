import { describe, expect, test } from 'vitest';
import { heightMessage, heightSender, type HeightMessage } from './height-poster.ts';

describe('heightMessage', () => {
  test('is the documented message, in whole pixels rounded up', () => {
    expect(heightMessage(512)).toEqual({ type: 'hohhot-map:height', height: 512 });
    expect(heightMessage(512.2)).toEqual({ type: 'hohhot-map:height', height: 513 });
  });

  test('is null for a size that is not one', () => {
    for (const bad of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(heightMessage(bad), String(bad)).toBeNull();
    }
  });
});

describe('heightSender', () => {
  test('sends only when the whole-pixel height changes', () => {
    const sent: HeightMessage[] = [];
    const send = heightSender((message) => sent.push(message));
    for (const h of [500, 500, 499.5, 500.4, 0, Number.NaN, 620, 500]) send(h);
    expect(sent.map((m) => m.height)).toEqual([500, 501, 620, 500]);
  });
});
