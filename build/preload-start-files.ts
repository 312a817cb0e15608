import type { OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';

/** The app's own chunk, imported by the entry once the first view is drawn. */
const APP_MODULE = '/src/start-app.ts';

/**
 * The data files the app fetches at start (START_FILES in src/lib/data/load.ts), as Vite
 * names them. The village list (communities.json) is not among them: search fetches it later.
 */
export const START_DATA =
  /^assets\/(districts|context|sites|honours|figures|events|sources|search-keys)-[\w-]+\.(geojson|json)$/;

/** Whether a module id is MapLibre's own code (not its worker, its CSS or a `?url` of them). */
export function isMapLibreModule(id: string): boolean {
  return /[\\/]maplibre-gl[\\/]dist[\\/]maplibre-gl\.m?js$/.test(id);
}

/**
 * The entry (src/main.ts) is small: it draws the first view, then imports the app's chunk;
 * MapLibre is imported lazily too but is needed at once; the data files are fetched as soon
 * as the entry runs. So this adds to the built index.html a <link rel="modulepreload"> for
 * the app's chunk (with the chunks it imports, and a stylesheet link for their CSS), one for
 * MapLibre's chunk, and a <link rel="preload" as="fetch"> for each start data file: the
 * browser fetches them all in parallel with the entry. (A prefetch of MapLibre's worker was tried and measured:
 * Chromium fetched the worker a second time, so it is not used; the app prewarms it instead.)
 */
export function preloadStartFiles(): Plugin {
  let base = '/';
  return {
    name: 'hohhot-preload-start-files',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const items = Object.values(ctx.bundle ?? {});
        const chunks = new Map<string, OutputChunk>();
        for (const item of items) if (item.type === 'chunk') chunks.set(item.fileName, item);
        const tags = [];
        const link = (attrs: Record<string, string | boolean>) => ({
          tag: 'link',
          attrs,
          injectTo: 'head' as const,
        });
        // The app's chunk (src/start-app.ts) with every chunk it imports, and their CSS:
        // fetched and compiled while the entry draws the first view.
        const app = [...chunks.values()].find((c) => c.facadeModuleId?.endsWith(APP_MODULE));
        const seen = new Set<string>();
        const visit = (chunk: OutputChunk) => {
          if (seen.has(chunk.fileName) || chunk.isEntry) return;
          seen.add(chunk.fileName);
          chunk.imports.forEach((name) => {
            const imported = chunks.get(name);
            if (imported) visit(imported);
          });
          for (const css of chunk.viteMetadata?.importedCss ?? []) {
            if (!html.includes(css))
              tags.push(link({ rel: 'stylesheet', crossorigin: true, href: `${base}${css}` }));
          }
          if (!html.includes(chunk.fileName)) {
            tags.push(
              link({ rel: 'modulepreload', crossorigin: true, href: `${base}${chunk.fileName}` }),
            );
          }
        };
        if (app) visit(app);
        const map = items.find(
          (item) => item.type === 'chunk' && !item.isEntry && item.moduleIds.some(isMapLibreModule),
        );
        if (map)
          tags.push(
            link({ rel: 'modulepreload', crossorigin: true, href: `${base}${map.fileName}` }),
          );
        for (const item of items) {
          if (item.type !== 'asset' || !START_DATA.test(item.fileName)) continue;
          // `crossorigin` matches fetch()'s default (cors, same-origin credentials), so
          // the app's fetch is served from this preload.
          tags.push(
            link({
              rel: 'preload',
              as: 'fetch',
              crossorigin: true,
              href: `${base}${item.fileName}`,
            }),
          );
        }
        return tags;
      },
    },
  };
}
