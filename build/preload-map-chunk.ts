import type { Plugin } from 'vite';

/**
 * MapLibre is imported lazily (the first view does not wait for it), but it is needed at
 * once: this adds a <link rel="modulepreload"> for its chunk to the built index.html, so
 * the browser fetches it in parallel with the main bundle. (A prefetch of its worker was
 * tried and measured: Chromium fetched the worker a second time, so it is not used.)
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
        const chunk = Object.values(ctx.bundle ?? {}).find(
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
        return tags;
      },
    },
  };
}
