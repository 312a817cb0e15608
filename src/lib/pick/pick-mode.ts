/**
 * The point picker is a maintainers' tool: on with `?pick=1`, linked from nowhere in the
 * public interface. The link is read by the app's own URL parser, which keeps `pick=1` in the
 * address while the map is used.
 */
import { parseUrlState } from '../state/url-state.ts';

const NO_IDS = { districtExists: () => false, siteExists: () => false };

export function pickModeRequested(search: string): boolean {
  return parseUrlState(search, NO_IDS).state.pick === true;
}
