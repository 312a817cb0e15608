import { describe, expect, test } from 'vitest';
import { START_DATA, isMapLibreModule } from '../../build/preload-start-files.ts';
import { START_FILES } from '../../src/lib/data/load.ts';

/** The name Vite gives a data file in the build: assets/<name>-<hash>.<ext>. */
const built = (file: string) => {
  const [, name, ext] = /^geo\/(.+)\.(json|geojson)$/.exec(file)!;
  return `assets/${name}-Dx3_a9Zk.${ext}`;
};

describe('the preload links of index.html', () => {
  test.each(START_FILES.map((f) => f.file))('cover %s, which the app fetches at start', (file) => {
    expect(START_DATA.test(built(file))).toBe(true);
  });

  test('leave out the village list, which search fetches later', () => {
    expect(START_DATA.test(built('geo/communities.json'))).toBe(false);
  });

  test('match only built assets, not the source files', () => {
    expect(START_DATA.test('geo/sites.geojson')).toBe(false);
    expect(START_DATA.test('assets/sites.geojson')).toBe(false);
  });
});

describe("index.html's preload of MapLibre", () => {
  test("finds MapLibre's own module", () => {
    expect(isMapLibreModule('/w/node_modules/maplibre-gl/dist/maplibre-gl.mjs')).toBe(true);
    expect(isMapLibreModule('C:\\w\\node_modules\\maplibre-gl\\dist\\maplibre-gl.mjs')).toBe(true);
  });

  test('not the module that only names its worker or its CSS', () => {
    // src/lib/map/load-maplibre.ts imports the worker's URL: that chunk is not MapLibre's.
    expect(isMapLibreModule('/w/node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs?url')).toBe(
      false,
    );
    expect(isMapLibreModule('/w/node_modules/maplibre-gl/dist/maplibre-gl.css')).toBe(false);
    expect(isMapLibreModule('/w/src/lib/map/maplibre-gl.ts')).toBe(false);
  });
});
