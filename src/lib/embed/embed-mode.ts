/**
 * `?embed=1`: the map framed in another page (a compact title bar, the map and its legend,
 * a card for what is clicked; no side panel). Read by the app's own URL parser, which keeps
 * `embed=1` in the address while the map is used. On the start path: keep it tiny.
 */
import { parseUrlState } from '../state/url-state.ts';

const NO_IDS = { districtExists: () => false, siteExists: () => false };

export function embedRequested(search: string): boolean {
  return parseUrlState(search, NO_IDS).state.embed === true;
}
