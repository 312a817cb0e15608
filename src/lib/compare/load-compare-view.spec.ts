import { beforeEach, describe, expect, test, vi } from 'vitest';

type Module = typeof import('./CompareView.svelte');
const fakeModule = { default: () => null } as unknown as Module;

describe('loadCompareView', () => {
  // A fresh module (and so a fresh memo) for each test.
  beforeEach(() => vi.resetModules());

  test('loads once and shares the one load', async () => {
    const { loadCompareView } = await import('./load-compare-view.ts');
    let calls = 0;
    const load = async () => (calls++, fakeModule);
    const [a, b] = await Promise.all([loadCompareView(load), loadCompareView(load)]);
    expect(a).toBe(fakeModule);
    expect(b).toBe(fakeModule);
    expect(calls).toBe(1);
  });

  test('forgets a failed load, so a retry loads again', async () => {
    const { loadCompareView } = await import('./load-compare-view.ts');
    let calls = 0;
    const failing = async (): Promise<Module> => {
      calls++;
      throw new TypeError('Failed to fetch dynamically imported module');
    };
    await expect(loadCompareView(failing)).rejects.toThrow('dynamically imported');
    expect(await loadCompareView(async () => (calls++, fakeModule))).toBe(fakeModule);
    expect(calls).toBe(2);
  });
});
