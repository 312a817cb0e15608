/**
 * The parts of MapLibre GL JS the app uses. MapView imports this module lazily (its own chunk,
 * preloaded by index.html); naming the exports here, rather than importing the whole
 * namespace, lets the bundler drop the rest of the library (markers, popups, other controls).
 */
export { Map, NavigationControl, ScaleControl, prewarm, setWorkerUrl } from 'maplibre-gl';
