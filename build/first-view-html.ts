import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { ContextCollection, DistrictCollection, Honour } from '../src/lib/data/schema.ts';
import { deriveStatuses } from '../src/lib/data/status.ts';
import { collectionBounds } from '../src/lib/map/bounds.ts';
import {
  firstViewContext,
  firstViewDivisions,
  firstViewPicture,
  firstViewSvg,
} from '../src/lib/map/first-view-svg.ts';
import { MESSAGES } from '../src/lib/i18n/messages.ts';
import { MAP_PALETTES } from '../src/lib/theme/palette.ts';
import { renderPicture, type Picture } from './first-view-picture.ts';

const geo = (name: string) => fileURLToPath(new URL(`../geo/${name}`, import.meta.url));
const readJson = <T>(name: string) => JSON.parse(readFileSync(geo(name), 'utf8')) as T;

/** The comment in index.html that the first view replaces. */
export const FIRST_VIEW_SLOT = '<!-- first-view -->';

export interface FirstView {
  /** index.html's first view: the picture, and over it the SVG (links, names, outlines). */
  markup: (base: string) => string;
  /** The picture in the light and the dark theme, as PNG files. */
  pictures: { light: Picture; dark: Picture };
}

/** The first view for the data in geo/ (districts, honours, context). */
export function firstView(): FirstView {
  const districts = readJson<DistrictCollection>('districts.geojson');
  const honours = readJson<Honour[]>('honours.json');
  const context = firstViewContext(readJson<ContextCollection>('context.geojson'));
  const divisions = firstViewDivisions(districts, deriveStatuses(honours));
  const bounds = collectionBounds(districts);
  const { html } = firstViewSvg(divisions, bounds, context, {
    groupLabel: MESSAGES.zh['map.label'],
  });
  const picture = (theme: 'light' | 'dark') =>
    renderPicture(
      firstViewPicture(divisions, bounds, context, MAP_PALETTES[theme]),
      `first-view-${theme}`,
    );
  const pictures = { light: picture('light'), dark: picture('dark') };
  // The dark picture where the page is dark by the system's choice (the entry sets the
  // picture for a theme chosen in the link); elementtiming: map:visible is when it is drawn.
  const markup = (base: string) =>
    `<div id="first-view" class="first-view fv-pictured"><div class="fv-frame">` +
    `<picture><source media="(prefers-color-scheme: dark)" srcset="${base}${pictures.dark.fileName}">` +
    `<img class="fv-picture" src="${base}${pictures.light.fileName}" alt=""` +
    ` elementtiming="first-view" data-light="${base}${pictures.light.fileName}"` +
    ` data-dark="${base}${pictures.dark.fileName}"></picture>` +
    `${html}</div></div>`;
  return { markup, pictures };
}

/**
 * Writes the first view into index.html at FIRST_VIEW_SLOT, in the build and the dev server
 * alike, and its pictures beside the app's assets: the nine divisions are on the page's first
 * frame, before any script has run. The geo-data plugin has validated geo/ by then.
 */
export function firstViewHtml(): Plugin {
  let view: FirstView | null = null;
  let base = '/';
  const made = () => (view ??= firstView());
  return {
    name: 'hohhot-first-view-html',
    configResolved(config) {
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const { light, dark } = made().pictures;
        const picture = [light, dark].find((p) => request.url === `${base}${p.fileName}`);
        if (!picture) return next();
        response.setHeader('content-type', 'image/png');
        response.end(picture.png);
      });
    },
    generateBundle() {
      for (const picture of Object.values(made().pictures))
        this.emitFile({ type: 'asset', fileName: picture.fileName, source: picture.png });
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(FIRST_VIEW_SLOT))
          throw new Error(`index.html has no ${FIRST_VIEW_SLOT}`);
        return html.replace(FIRST_VIEW_SLOT, made().markup(base));
      },
    },
  };
}
