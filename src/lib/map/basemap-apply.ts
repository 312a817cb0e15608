/**
 * Puts an online basemap (basemap.ts) under the live map's offline layers, or takes it away,
 * and reports when its tiles fail. Called by MapView only; maplibre-gl is imported for types.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { BASEMAP_PREFIX, type BasemapLayers } from './basemap.ts';
import { LAYER } from './ids.ts';

interface Applied {
  key: string;
  sources: string[];
  layers: string[];
  /** Whether a failure of this basemap was already reported. */
  failed: boolean;
}

const applied = new WeakMap<MapLibreMap, Applied>();

/**
 * Replace the previous basemap's sources and layers with `layers` (null: the offline style
 * alone). The new layers go right above the background, below the first context layer.
 * Applying the same basemap again does nothing (no tile is reloaded).
 */
export function applyBasemap(map: MapLibreMap, layers: BasemapLayers | null): void {
  const key = layers ? JSON.stringify([layers.sources, layers.layers]) : '';
  const previous = applied.get(map);
  if ((previous?.key ?? '') === key) return;
  if (previous) {
    for (const id of previous.layers) if (map.getLayer(id)) map.removeLayer(id);
    for (const id of previous.sources) if (map.getSource(id)) map.removeSource(id);
  }
  if (!layers) {
    applied.delete(map);
    map.setTransformRequest(null);
    setNeighbourOpacity(map, 1);
    return;
  }
  for (const [id, source] of Object.entries(layers.sources)) map.addSource(id, source);
  const beforeId = map.getLayer(LAYER.neighbourFill) ? LAYER.neighbourFill : undefined;
  for (const layer of layers.layers) map.addLayer(layer, beforeId);
  setNeighbourOpacity(map, layers.neighbourFillOpacity);
  // The page sends no referrer (Referrer-Policy: no-referrer); tile hosts ask for the origin
  // (OSM's tile policy; Tianditu checks a browser key against it), so tile requests send it.
  const origins = layers.origins;
  map.setTransformRequest((url) =>
    origins.some((origin) => url.startsWith(`${origin}/`))
      ? { url, referrerPolicy: 'strict-origin-when-cross-origin' }
      : { url },
  );
  applied.set(map, {
    key,
    sources: Object.keys(layers.sources),
    layers: layers.layers.map((l) => l.id),
    failed: false,
  });
}

function setNeighbourOpacity(map: MapLibreMap, opacity: number): void {
  if (map.getLayer(LAYER.neighbourFill)) {
    map.setPaintProperty(LAYER.neighbourFill, 'fill-opacity', opacity);
  }
}

/**
 * Call `onFail` once when a tile of the current basemap fails (offline, key refused, server
 * error; MapLibre does not report a 404, which is a missing tile). Other map errors are
 * still logged, as MapLibre does when nothing listens. Returns the unsubscribe function.
 */
export function watchBasemapErrors(map: MapLibreMap, onFail: () => void): () => void {
  const onError = (event: { error: unknown; sourceId?: string }) => {
    const current = applied.get(map);
    if (current && event.sourceId && current.sources.includes(event.sourceId)) {
      if (!current.failed) {
        current.failed = true;
        onFail();
      }
      return;
    }
    if (event.sourceId?.startsWith(BASEMAP_PREFIX)) return; // a tile of a basemap already removed
    console.error(event.error);
  };
  map.on('error', onError);
  return () => map.off('error', onError);
}
