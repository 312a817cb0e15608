import type { Plugin } from 'vite';

/**
 * The data files the app fetches at start (START_FILES in src/lib/data/load.ts), as Vite
 * names them. The village list (communities.json) is not among them: search fetches it later.
 */
export const START_DATA =
  /^assets\/(districts|context|sites|honours|figures|events|search-keys)-[\w-]+\.(geojson|json)$/;

/**
 * MapLibre is imported lazily (the first view does not wait for it) but is needed at once,
 * and the data files are fetched as soon as the app runs: this adds to the built
 * index.html a <link rel="modulepreload"> for MapLibre's chunk and a
 * <link rel="preload" as="fetch"> for each start data file, so the browser fetches them in
 * parallel with the main bundle. (A prefetch of MapLibre's worker was tried and measured:
 * Chromium fetched the worker a second time, so it is not used; the app prewarms it instead.)
 */
export function preloadMapChunk(): Plugin {
  let base = '/';
  return {
    name: 'hohhot-preload-map-chunk',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const items = Object.values(ctx.bundle ?? {});
        const chunk = items.find(
          (item) =>
            item.type === 'chunk' &&
            !item.isEntry &&
            item.moduleIds.some((id) => id.includes('maplibre-gl/dist/maplibre-gl')),
        );
        const tags = [];
        if (chunk) {
          tags.push({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${chunk.fileName}` },
            injectTo: 'head' as const,
          });
        }
        for (const item of items) {
          if (item.type !== 'asset' || !START_DATA.test(item.fileName)) continue;
          tags.push({
            tag: 'link',
            // `crossorigin` matches fetch()'s default (cors, same-origin credentials), so
            // the app's fetch is served from this preload.
            attrs: {
              rel: 'preload',
              as: 'fetch',
              crossorigin: true,
              href: `${base}${item.fileName}`,
            },
            injectTo: 'head' as const,
          });
        }
        return tags;
      },
    },
  };
}
