import type { Bin } from '../map/sequential-scale.ts';

export interface BinRow extends Bin {
  /** How many divisions fall in this bin. */
  count: number;
  /** The bin holds one whole number (e.g. "1 honour") rather than a range. */
  single: boolean;
}

/** Legend rows for a numeric measure: each bin with how many divisions fall in it. */
export function binRows(bins: readonly Bin[], values: Record<string, number>): BinRow[] {
  const all = Object.values(values);
  return bins.map((bin, i) => {
    const last = i === bins.length - 1;
    const count = all.filter((v) => v >= bin.from && (last ? v <= bin.to : v < bin.to)).length;
    return { ...bin, count, single: bin.to - bin.from === 1 && Number.isInteger(bin.from) };
  });
}
