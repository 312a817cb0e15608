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
 * index.html holds the first view (build/first-view-html.ts), so nothing heavy may compete
 * with the first frame; the entry (src/main.ts) imports the app's chunk and MapLibre once
 * that frame is on screen. This adds to the built index.html a <link rel="modulepreload">
 * for the app's chunk and the chunks it imports (about 30 KB gzip to fetch and compile), a
 * <link rel="preload" as="style"> for their CSS (fetched, but not blocking the first frame
 * as a stylesheet link would), and a <link rel="preload" as="fetch"> for each start data
 * file. MapLibre's chunk (300 KB gzip, a million characters to parse) is not preloaded: its
 * compile would take the main thread from the first frame. (A prefetch of its worker was
 * tried earlier and measured: Chromium fetched the worker a second time.)
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
          // MapLibre waits for the first frame, whatever imports it.
          if (seen.has(chunk.fileName) || chunk.isEntry || chunk.moduleIds.some(isMapLibreModule))
            return;
          seen.add(chunk.fileName);
          chunk.imports.forEach((name) => {
            const imported = chunks.get(name);
            if (imported) visit(imported);
          });
          for (const css of chunk.viteMetadata?.importedCss ?? []) {
            if (!html.includes(css))
              tags.push(
                link({ rel: 'preload', as: 'style', crossorigin: true, href: `${base}${css}` }),
              );
          }
          if (!html.includes(chunk.fileName)) {
            tags.push(
              link({ rel: 'modulepreload', crossorigin: true, href: `${base}${chunk.fileName}` }),
            );
          }
        };
        if (app) visit(app);
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
