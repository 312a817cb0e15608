import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { ContextCollection, DistrictCollection, Honour } from '../src/lib/data/schema.ts';
import { deriveStatuses } from '../src/lib/data/status.ts';
import { collectionBounds } from '../src/lib/map/bounds.ts';
import {
  firstViewContext,
  firstViewDivisions,
  firstViewSvg,
} from '../src/lib/map/first-view-svg.ts';
import { MESSAGES } from '../src/lib/i18n/messages.ts';

const geo = (name: string) => fileURLToPath(new URL(`../geo/${name}`, import.meta.url));

/** The comment in index.html that the first view replaces. */
export const FIRST_VIEW_SLOT = '<!-- first-view -->';

/** The first view's markup for the data in geo/ (districts and honours). */
export function firstViewMarkup(): string {
  const districts = JSON.parse(
    readFileSync(geo('districts.geojson'), 'utf8'),
  ) as DistrictCollection;
  const honours = JSON.parse(readFileSync(geo('honours.json'), 'utf8')) as Honour[];
  const context = JSON.parse(readFileSync(geo('context.geojson'), 'utf8')) as ContextCollection;
  const { html } = firstViewSvg(
    firstViewDivisions(districts, deriveStatuses(honours)),
    collectionBounds(districts),
    firstViewContext(context),
    { groupLabel: MESSAGES.zh['map.label'] },
  );
  return `<div id="first-view" class="first-view"><div class="fv-frame">${html}</div></div>`;
}

/**
 * Writes the first view (src/lib/map/first-view-svg.ts) into index.html at FIRST_VIEW_SLOT,
 * in the build and the dev server alike: the nine divisions are on the page's first frame,
 * before any script has run. The geo-data plugin has validated geo/ by then.
 */
export function firstViewHtml(): Plugin {
  return {
    name: 'hohhot-first-view-html',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(FIRST_VIEW_SLOT))
          throw new Error(`index.html has no ${FIRST_VIEW_SLOT}`);
        return html.replace(FIRST_VIEW_SLOT, firstViewMarkup());
      },
    },
  };
}
