import type { UrlState } from '../state/url-state.ts';

/**
 * Whether the page's first script draws the first view for this link: only in the status
 * colours of the map view. A link to the compare view, or to a measure's colours, waits for
 * the app, which draws what the link asks for. A framed map (`embed=1`) has another frame
 * (no header, no side panel, a fixed height), so it waits for the app too.
 */
export function bootDrawsFirstView(state: Pick<UrlState, 'view' | 'measure' | 'embed'>): boolean {
  return (
    !state.embed &&
    state.view !== 'compare' &&
    (state.measure === null || state.measure === 'status')
  );
}
