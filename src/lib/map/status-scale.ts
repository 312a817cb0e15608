import { scaleOrdinal } from 'd3-scale';
import { STATUSES, type Status } from '../data/vocab.ts';

/**
 * Status colours (Okabe–Ito blue against a neutral grey: safe for the common forms of
 * colour blindness). Held titles also get a hatch pattern, so status never rests on
 * colour alone. The legend and the map both read this one scale.
 */
export const STATUS_COLOURS: Record<Status, string> = {
  region_demonstration: '#0072b2',
  none_named: '#cfcfcf',
};

/** Statuses drawn with the hatch pattern on top of their colour. */
export const HATCHED_STATUSES: readonly Status[] = ['region_demonstration'];

export const FALLBACK_COLOUR = '#ff00ff';

export function statusScale() {
  return scaleOrdinal<Status, string>()
    .domain(STATUSES)
    .range(STATUSES.map((s) => STATUS_COLOURS[s]))
    .unknown(FALLBACK_COLOUR);
}
