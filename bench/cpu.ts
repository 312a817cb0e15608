/**
 * CPU time per Chromium process kind during one page load, from the DevTools protocol's
 * SystemInfo.getProcessInfo (each process's cumulative CPU seconds). On a machine with few
 * cores and software WebGL, a load is CPU-bound: its time to idle follows the CPU that all
 * of Chromium's processes spend on it, so this says where the time goes, and it is less
 * noisy than the clock.
 */
import type { CDPSession } from 'playwright-core';

/** One process as SystemInfo.getProcessInfo reports it. */
export interface ProcessCpu {
  type: string;
  id: number;
  /** Cumulative CPU seconds since the process started. */
  cpuTime: number;
}

/** CPU ms spent between two samples, by process kind. */
export interface CpuTimes {
  /** The page's renderer: main thread, MapLibre's worker, V8's compiler and GC threads. */
  cpuRenderer: number;
  /** The GPU process: here, software WebGL and the compositor. */
  cpuGpu: number;
  /** The browser process and its services (network, storage). */
  cpuBrowser: number;
  cpuTotal: number;
}

type Kind = 'cpuRenderer' | 'cpuGpu' | 'cpuBrowser';

export function processKind(type: string): Kind {
  if (type === 'renderer') return 'cpuRenderer';
  if (type === 'GPU') return 'cpuGpu';
  return 'cpuBrowser';
}

/**
 * CPU ms per kind spent between `before` and `after`. A process that started in between
 * counts whole; one that ended in between is not in `after` and counts nothing, so take
 * `after` before closing the page.
 */
export function cpuBetween(before: readonly ProcessCpu[], after: readonly ProcessCpu[]): CpuTimes {
  const start = new Map(before.map((p) => [`${p.type}:${p.id}`, p.cpuTime]));
  const times: CpuTimes = { cpuRenderer: 0, cpuGpu: 0, cpuBrowser: 0, cpuTotal: 0 };
  for (const p of after) {
    const spent = Math.max(0, p.cpuTime - (start.get(`${p.type}:${p.id}`) ?? 0)) * 1000;
    times[processKind(p.type)] += spent;
    times.cpuTotal += spent;
  }
  for (const key of Object.keys(times) as (keyof CpuTimes)[]) times[key] = Math.round(times[key]);
  return times;
}

export async function sampleCpu(browserSession: CDPSession): Promise<ProcessCpu[]> {
  const { processInfo } = (await browserSession.send('SystemInfo.getProcessInfo')) as {
    processInfo: ProcessCpu[];
  };
  return processInfo;
}
