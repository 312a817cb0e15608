import type { Plugin } from 'vite';

/**
 * MapLibre is imported lazily (the first view does not wait for it), but it is needed at
 * once: this adds a <link rel="modulepreload"> for its chunk to the built index.html, so
 * the browser fetches it in parallel with the main bundle.
 */
export function preloadMapChunk(): Plugin {
  return {
    name: 'hohhot-preload-map-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (item) =>
            item.type === 'chunk' &&
            !item.isEntry &&
            item.moduleIds.some((id) => id.includes('maplibre-gl/dist/maplibre-gl')),
        );
        if (!chunk) return [];
        return [
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${chunk.fileName}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
