import { afterEach, describe, expect, test, vi } from 'vitest';
import { firstContentfulPaint, markOnce } from './first-paint.ts';

afterEach(() => {
  performance.clearMarks();
  vi.unstubAllGlobals();
});

describe('firstContentfulPaint', () => {
  test('uses the fallback where paint timing is not supported (as in Node)', async () => {
    const fallback = vi.fn(() => Promise.resolve(42));
    await expect(firstContentfulPaint(fallback)).resolves.toBe(42);
    expect(fallback).toHaveBeenCalledOnce();
  });

  test('resolves with the first-contentful-paint entry’s time, not the first paint', async () => {
    class FakeObserver {
      static supportedEntryTypes = ['paint'];
      constructor(private callback: (list: { getEntriesByName(n: string): unknown[] }) => void) {}
      observe() {
        const entries = [
          { name: 'first-paint', startTime: 100 },
          { name: 'first-contentful-paint', startTime: 180 },
        ];
        queueMicrotask(() =>
          this.callback({ getEntriesByName: (n) => entries.filter((e) => e.name === n) }),
        );
      }
      disconnect() {}
    }
    vi.stubGlobal('PerformanceObserver', FakeObserver);
    const fallback = vi.fn(() => Promise.resolve(0));
    await expect(firstContentfulPaint(fallback)).resolves.toBe(180);
    expect(fallback).not.toHaveBeenCalled();
  });
});

describe('markOnce', () => {
  test('sets the mark at the given time and keeps the first one', () => {
    markOnce('test:mark', 12.5);
    markOnce('test:mark', 99);
    const marks = performance.getEntriesByName('test:mark');
    expect(marks).toHaveLength(1);
    expect(marks[0].startTime).toBe(12.5);
  });
});
