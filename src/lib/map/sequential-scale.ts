import { scaleThreshold } from 'd3-scale';
import { MAP_PALETTES } from '../theme/palette.ts';

/** A colour-blind-safe sequential ramp (ColorBrewer Blues, 5 classes); the dark theme has its own. */
export const SEQUENTIAL_COLOURS = MAP_PALETTES.light.sequential;

export interface Bin {
  /** Inclusive lower bound. */
  from: number;
  /** Exclusive upper bound (inclusive for the last bin). */
  to: number;
  colour: string;
}

function niceStep(span: number, count: number): number {
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
}

/**
 * Classes for a numeric measure. Few distinct whole numbers (e.g. 0 or 1 honour) get one
 * class each; otherwise equal, nicely rounded intervals from 0. The legend shows these
 * bins and the map colours by the same d3 threshold scale.
 */
export function sequentialBins(
  values: readonly number[],
  count = 5,
  ramp: readonly string[] = SEQUENTIAL_COLOURS,
): Bin[] {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  if (distinct.length <= count && distinct.every(Number.isInteger)) {
    const colours = pickColours(distinct.length, ramp);
    return distinct.map((v, i) => ({ from: v, to: v + 1, colour: colours[i] }));
  }
  const max = Math.max(...values, 0);
  const step = niceStep(max || 1, count);
  const n = Math.max(1, Math.ceil((max + Number.EPSILON) / step));
  const colours = pickColours(Math.min(n, count), ramp);
  return colours.map((colour, i) => ({
    from: i * step,
    to: i === colours.length - 1 ? Math.max((i + 1) * step, max) : (i + 1) * step,
    colour,
  }));
}

/** Spread `n` colours over the ramp, keeping its ends. */
function pickColours(n: number, ramp: readonly string[]): string[] {
  if (n <= 1) return [ramp[ramp.length - 1]];
  const last = ramp.length - 1;
  return Array.from({ length: n }, (_, i) => ramp[Math.round((i * last) / (n - 1))]);
}

/** The d3 threshold scale over the bins: value → colour. */
export function binScale(bins: readonly Bin[]) {
  return scaleThreshold<number, string>()
    .domain(bins.slice(1).map((b) => b.from))
    .range(bins.map((b) => b.colour));
}
