/** Medians, ranges and ratios of the bench runs: the printed table and results/latest.json. */
import type { RunFigures } from './measure.ts';

export type Page = 'app' | 'reference';
export type Metric = Exclude<keyof RunFigures, 'workers'>;

export const METRICS: { key: Metric; label: string; unit: 'ms' | 'MB' | 'KB' }[] = [
  { key: 'idle', label: 'navigation → map:idle', unit: 'ms' },
  { key: 'visible', label: 'navigation → map:visible', unit: 'ms' },
  { key: 'interactive', label: 'navigation → map:interactive', unit: 'ms' },
  { key: 'filter', label: 'filter (hide court) → idle', unit: 'ms' },
  { key: 'cpuTotal', label: 'CPU to map:idle, all processes', unit: 'ms' },
  { key: 'cpuRenderer', label: 'CPU to map:idle, renderer', unit: 'ms' },
  { key: 'cpuGpu', label: 'CPU to map:idle, GPU process', unit: 'ms' },
  { key: 'cpuBrowser', label: 'CPU to map:idle, browser and services', unit: 'ms' },
  { key: 'heapMain', label: 'JS heap, main thread', unit: 'MB' },
  { key: 'heapWorkers', label: 'JS heap, workers', unit: 'MB' },
  { key: 'heapTotal', label: 'JS heap, total', unit: 'MB' },
  { key: 'jsWire', label: 'JS bytes, gzip', unit: 'KB' },
  { key: 'jsDecoded', label: 'JS bytes, decoded', unit: 'KB' },
];

export interface Summary {
  median: number;
  min: number;
  max: number;
}

export interface Row {
  metric: Metric;
  unit: string;
  n: number;
  app: Summary;
  reference: Summary;
  /** app median ÷ reference median. */
  ratio: number;
}

const SCALE = { ms: 1, MB: 1024 * 1024, KB: 1024 };

export function summarise(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** One row per metric and N, in the metric's unit, rounded for reading and for the JSON. */
export function rows(runs: Record<Page, RunFigures[]>, n: number): Row[] {
  return METRICS.map(({ key, unit }) => {
    const of = (page: Page): Summary => {
      const s = summarise(runs[page].map((r) => r[key] / SCALE[unit]));
      const digits = unit === 'ms' ? 0 : 1;
      return {
        median: round(s.median, digits),
        min: round(s.min, digits),
        max: round(s.max, digits),
      };
    };
    const app = of('app');
    const reference = of('reference');
    return { metric: key, unit, n, app, reference, ratio: round(app.median / reference.median, 2) };
  });
}

const cell = ({ median, min, max }: Summary) => `${median} (${min}–${max})`;

export function table(all: Row[]): string {
  const label = (m: Metric) => METRICS.find((x) => x.key === m)!.label;
  const lines = [
    ['metric', 'N', 'app median (min–max)', 'reference median (min–max)', 'app ÷ ref'],
    ...all.map((r) => [
      `${label(r.metric)} [${r.unit}]`,
      r.n.toLocaleString('en'),
      cell(r.app),
      cell(r.reference),
      r.ratio.toFixed(2),
    ]),
  ];
  const widths = lines[0].map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  return lines.map((l) => l.map((c, i) => c.padEnd(widths[i])).join('  ')).join('\n');
}
