import { describe, expect, test } from 'vitest';
import {
  heightMessage,
  heightSender,
  startHeightPoster,
  type HeightMessage,
} from './height-poster.ts';

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

describe('startHeightPoster', () => {
  test('a page that is not framed posts nothing and observes nothing', () => {
    const posted: unknown[] = [];
    const win = { postMessage: (m: unknown) => posted.push(m) } as unknown as Window;
    Object.assign(win, { parent: win });
    const stop = startHeightPoster(win, {} as HTMLElement);
    stop();
    expect(posted).toEqual([]);
  });

  test('framed: posts the element’s height to the parent, for any origin, then each change', () => {
    const posted: [unknown, string][] = [];
    let observed: (() => void) | null = null;
    const original = globalThis.ResizeObserver;
    globalThis.ResizeObserver = class {
      constructor(callback: () => void) {
        observed = callback;
      }
      observe() {}
      disconnect() {
        observed = null;
      }
    } as unknown as typeof ResizeObserver;
    try {
      let height = 596.3;
      const element = { getBoundingClientRect: () => ({ height }) } as HTMLElement;
      const parent = { postMessage: (m: unknown, origin: string) => posted.push([m, origin]) };
      const stop = startHeightPoster({ parent } as unknown as Window, element);
      height = 596.1; // the same whole pixels
      observed!();
      height = 700;
      observed!();
      stop();
      expect(observed).toBeNull();
      expect(posted).toEqual([
        [{ type: 'hohhot-map:height', height: 597 }, '*'],
        [{ type: 'hohhot-map:height', height: 700 }, '*'],
      ]);
    } finally {
      globalThis.ResizeObserver = original;
    }
  });
});
