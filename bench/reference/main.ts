/**
 * The bench's reference: the same data drawn by bare MapLibre (the districts as fill + line
 * coloured by status, the sites as one circle layer, nothing else), so the bench can tell
 * the app's own cost from MapLibre's. Same URL contract and marks as the app's bench build.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import { fetchBenchFolder, readBenchRequest } from '../contract.ts';

/** The divisions holding the region's demonstration title (as geo/honours.json says). */
const DEMONSTRATION = ['150102', '150104', '150105', '150122'];

const CATEGORY_COLOURS = [
  ...['court', '#0072b2', 'community', '#009e73', 'service', '#e69f00'],
  ...['service_hall', '#e69f00', 'supervision_office', '#cc79a7', 'hotline', '#56b4e9'],
  ...['legal_culture', '#d55e00', 'school', '#f0e442'],
];

async function loadData(): Promise<{ districts: FeatureCollection; sites: FeatureCollection }> {
  const request = readBenchRequest(location.search) ?? { n: 1000, folder: null };
  if (request.folder) {
    const files = await fetchBenchFolder(request.folder, request.n);
    return files as { districts: FeatureCollection; sites: FeatureCollection };
  }
  const [{ syntheticSites }, { default: text }] = await Promise.all([
    import('../synthetic.ts'),
    import('../../geo/districts.geojson?raw'),
  ]);
  const districts = JSON.parse(text);
  return { districts, sites: syntheticSites(districts, request.n) };
}

function bounds(collection: FeatureCollection): [number, number, number, number] {
  const box: [number, number, number, number] = [180, 90, -180, -90];
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number') {
      box[0] = Math.min(box[0], value[0]);
      box[1] = Math.min(box[1], value[1]);
      box[2] = Math.max(box[2], value[0]);
      box[3] = Math.max(box[3], value[1]);
    } else value.forEach(visit);
  };
  for (const f of collection.features)
    if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  return box;
}

setWorkerUrl(workerUrl);
const { districts, sites } = await loadData();
const map = new MapLibreMap({
  container: 'map',
  bounds: bounds(districts),
  fitBoundsOptions: { padding: 24 },
  style: {
    version: 8,
    sources: {
      districts: { type: 'geojson', data: districts },
      sites: { type: 'geojson', data: sites },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#eef2f5' } },
      {
        id: 'district-fill',
        type: 'fill',
        source: 'districts',
        paint: {
          'fill-color': ['match', ['get', 'code'], DEMONSTRATION, '#0072b2', '#cfcfcf'],
          'fill-opacity': 0.75,
        },
      },
      {
        id: 'district-line',
        type: 'line',
        source: 'districts',
        paint: { 'line-color': '#ffffff', 'line-width': 1.5 },
      },
      {
        id: 'sites',
        type: 'circle',
        source: 'sites',
        paint: {
          'circle-color': [
            'match',
            ['get', 'category'],
            ...CATEGORY_COLOURS,
            '#000000',
          ] as unknown as ExpressionSpecification,
          'circle-radius': 5,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1,
        },
      },
    ],
  },
});
map.once('load', () => performance.mark('map:visible'));
map.once('idle', () => {
  performance.mark('map:idle');
  // A bare map answers clicks once it has drawn: it is interactive at its idle.
  performance.mark('map:interactive');
});

const hidden = new Set<string>();
const bench = {
  /** Hide a category; resolves at the map's next `idle` (the next completed render). */
  filter(category: string): Promise<void> {
    if (hidden.has(category)) return Promise.resolve();
    hidden.add(category);
    const idle = new Promise<void>((resolve) => map.once('idle', () => resolve()));
    map.setFilter('sites', [
      '!',
      ['in', ['get', 'category'], ['literal', [...hidden]]],
    ] as FilterSpecification);
    map.triggerRepaint();
    return idle;
  },
};
Object.assign(window, { __bench: bench, __hohhotMap: map });
