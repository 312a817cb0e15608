/**
 * What can go wrong with the map after it is created, reported as plain states:
 * the worker or style never finishing (a timeout, instead of a silent blank map),
 * and the WebGL context being lost and restored.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export type MapProblem = 'no-webgl' | 'load-timeout' | 'context-lost' | null;

export const LOAD_TIMEOUT_MS = 15_000;

export function watchHealth(
  map: MapLibreMap,
  report: (problem: MapProblem) => void,
  onRestored: () => void,
  timeoutMs = LOAD_TIMEOUT_MS,
): () => void {
  const timer = setTimeout(() => {
    if (!map.loaded()) report('load-timeout');
  }, timeoutMs);
  map.once('load', () => {
    clearTimeout(timer);
    report(null);
  });
  map.on('webglcontextlost', () => report('context-lost'));
  map.on('webglcontextrestored', () => {
    report(null);
    // The style is rebuilt on the new context; state can be set again once it has settled.
    map.once('idle', onRestored);
  });
  return () => clearTimeout(timer);
}
