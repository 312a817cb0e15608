import { describe, expect, it } from 'vitest';
import { BENCH_DISABLED_FEATURES, mergedDisableFeatures } from './browser.ts';

describe('mergedDisableFeatures', () => {
  it("keeps every feature Playwright disables and adds the bench's", () => {
    const merged = mergedDisableFeatures(
      ['--no-sandbox', '--disable-features=PaintHolding,MediaRouter', '--enable-features=X'],
      BENCH_DISABLED_FEATURES,
    );
    expect(merged).toBe(
      '--disable-features=PaintHolding,MediaRouter,WebUIOmniboxPopup,WebUIOmniboxAimPopup',
    );
  });

  it('merges several switches, once per feature, and skips empty entries', () => {
    const merged = mergedDisableFeatures(
      ['--disable-features=A,,B', '--disable-features=B,C'],
      ['C', 'D'],
    );
    expect(merged).toBe('--disable-features=A,B,C,D');
  });

  it('gives the extra features alone when the command line disables none', () => {
    expect(mergedDisableFeatures(['--no-sandbox'], ['D'])).toBe('--disable-features=D');
  });
});
