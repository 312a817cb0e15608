import { scaleOrdinal } from 'd3-scale';
import { STATUSES, type Status } from '../data/vocab.ts';
import { MAP_PALETTES, type Theme } from '../theme/palette.ts';

/**
 * Status colours (Okabe–Ito blue against a neutral grey: safe for the common forms of
 * colour blindness). Held titles also get a hatch pattern, so status never rests on
 * colour alone. The legend and the map both read this one scale.
 */
export const STATUS_COLOURS: Record<Status, string> = MAP_PALETTES.light.status;

/** Statuses drawn with the hatch pattern on top of their colour. */
export const HATCHED_STATUSES: readonly Status[] = ['region_demonstration'];

export const FALLBACK_COLOUR = '#ff00ff';

/** The status colours of a theme; light (the default) is also what exports and print use. */
export function statusScale(theme: Theme = 'light') {
  const colours = MAP_PALETTES[theme].status;
  return scaleOrdinal<Status, string>()
    .domain(STATUSES)
    .range(STATUSES.map((s) => colours[s]))
    .unknown(FALLBACK_COLOUR);
}
