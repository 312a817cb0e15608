import { describe, expect, it } from 'vitest';
import { cpuBetween, processKind } from './cpu.ts';

describe('processKind', () => {
  it('sorts renderers, the GPU process and the rest', () => {
    expect(processKind('renderer')).toBe('cpuRenderer');
    expect(processKind('GPU')).toBe('cpuGpu');
    expect(processKind('browser')).toBe('cpuBrowser');
    expect(processKind('network.mojom.NetworkService')).toBe('cpuBrowser');
  });
});

describe('cpuBetween', () => {
  it('counts what each process spent between the samples, in ms, by kind', () => {
    const before = [
      { type: 'browser', id: 1, cpuTime: 1.17 },
      { type: 'GPU', id: 2, cpuTime: 1.06 },
      { type: 'renderer', id: 3, cpuTime: 0.12 },
    ];
    const after = [
      { type: 'browser', id: 1, cpuTime: 1.37 },
      { type: 'GPU', id: 2, cpuTime: 2.56 },
      { type: 'renderer', id: 3, cpuTime: 0.12 },
      // The page's renderer, started after the first sample: counted whole.
      { type: 'renderer', id: 4, cpuTime: 2.25 },
      { type: 'network.mojom.NetworkService', id: 5, cpuTime: 0.05 },
    ];
    expect(cpuBetween(before, after)).toEqual({
      cpuRenderer: 2250,
      cpuGpu: 1500,
      cpuBrowser: 250,
      cpuTotal: 4000,
    });
  });

  it('keys processes by type and id, and never counts a negative', () => {
    const before = [
      { type: 'renderer', id: 7, cpuTime: 3 },
      { type: 'GPU', id: 8, cpuTime: 1 },
    ];
    // A reused id of another type is a new process; a lower reading is not negative time.
    const after = [
      { type: 'utility', id: 7, cpuTime: 0.5 },
      { type: 'GPU', id: 8, cpuTime: 0.9 },
    ];
    expect(cpuBetween(before, after)).toEqual({
      cpuRenderer: 0,
      cpuGpu: 0,
      cpuBrowser: 500,
      cpuTotal: 500,
    });
  });
});
