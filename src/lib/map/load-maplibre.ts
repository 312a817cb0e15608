/**
 * MapLibre's chunk (preloaded by index.html) and its worker, started once. The entry calls
 * this first thing, so the worker's 520 KB load and compile run in parallel with the app's
 * chunks and the first view; MapView calls it again and gets the same promise.
 */
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

type MapLibreModule = typeof import('./maplibre-gl.ts');

let loading: Promise<MapLibreModule> | null = null;

export function loadMapLibre(): Promise<MapLibreModule> {
  loading ??= import('./maplibre-gl.ts').then((maplibregl) => {
    maplibregl.setWorkerUrl(workerUrl);
    maplibregl.prewarm();
    return maplibregl;
  });
  return loading;
}
