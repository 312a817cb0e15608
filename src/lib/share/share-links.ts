/**
 * The links the share panel hands out, built from the link state (url-state.ts) and the
 * page's address: pure, no DOM.
 *
 * - `shareLink`: the full map as it is now (selection, filters, view, camera, measure, language);
 * - `embedLink`: the same state framed (`embed=1`);
 * - `fullMapLink`: from a framed map back to the full map (the same state without `embed`);
 * - `iframeSnippet`: the HTML a host page pastes to frame the map.
 *
 * `pick` (the maintainers' point picker) belongs to one person's page and is never shared.
 */
import { serialiseUrlState, type UrlState } from '../state/url-state.ts';

/** The height the snippet gives the frame; the host page may follow the map's messages. */
export const EMBED_HEIGHT = 520;

/**
 * The page's address without query and hash: `origin + pathname` of `location`, or any
 * address given as text. Null for something that is not an absolute http(s) address.
 */
export function pageBase(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.origin + url.pathname;
}

function withoutPageFlags(state: UrlState): UrlState {
  const rest = { ...state };
  delete rest.pick;
  delete rest.embed;
  return rest;
}

/** The full map in `state`, at `base` (an address; its query and hash are replaced). */
export function shareLink(state: UrlState, base: string): string {
  return (pageBase(base) ?? '') + serialiseUrlState(withoutPageFlags(state));
}

/** The map in `state` framed for another page (`embed=1`). */
export function embedLink(state: UrlState, base: string): string {
  return (pageBase(base) ?? '') + serialiseUrlState({ ...withoutPageFlags(state), embed: true });
}

/** From a framed map: the full map in the same state (the link without `embed`). */
export function fullMapLink(state: UrlState, base: string): string {
  return shareLink(state, base);
}

/** Text for an HTML attribute value in double quotes. */
export function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * The `<iframe>` a host page pastes: the embed link, a title for screen readers, the full
 * width, a fixed height, lazy loading and no border. Values are escaped (`&` as `&amp;`).
 */
export function iframeSnippet(src: string, title: string): string {
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ` +
    `width="100%" height="${EMBED_HEIGHT}" loading="lazy" style="border:0"></iframe>`
  );
}
