import { describe, expect, test } from 'vitest';
import { loadBundledData } from '../data/bundled.ts';
import { AppState } from './app.svelte.ts';

const data = loadBundledData();
const KEY = '0123456789abcdef0123456789abcdef';

function appWith(env: Record<string, string> = {}) {
  return new AppState(data, { env });
}

describe('AppState basemap', () => {
  test('starts offline, with nothing to add under the divisions', () => {
    const app = appWith();
    expect(app.basemap).toBe('offline');
    expect(app.basemapLayers).toBeNull();
  });

  test('OSM can be picked; unknown ids are ignored', () => {
    const app = appWith();
    app.setBasemap('osm');
    expect(app.basemap).toBe('osm');
    expect(app.basemapLayers?.attribution).toBe('© OpenStreetMap contributors');
    app.setBasemap('gaode');
    expect(app.basemap).toBe('osm');
  });

  test('Tianditu waits for a key; a key that is not one is refused', () => {
    const app = appWith();
    app.setBasemap('tianditu');
    expect(app.basemap).toBe('offline');
    expect(app.setTiandituKey('"><script>')).toBe(false);
    expect(app.tiandituKey).toBe('');
    expect(app.setTiandituKey(` ${KEY} `)).toBe(true);
    app.setBasemap('tianditu');
    expect(app.basemap).toBe('tianditu');
    expect(app.basemapLayers?.layers.map((l) => l.id)).toEqual([
      'basemap-tianditu-vec',
      'basemap-tianditu-cva',
    ]);
  });

  test('the labels follow the language', () => {
    const app = appWith({ VITE_TIANDITU_KEY: KEY });
    app.setBasemap('tianditu');
    app.setLang('en');
    expect(app.basemapLayers?.layers[1].id).toBe('basemap-tianditu-eva');
  });

  test('forgetting the key leaves Tianditu for the offline basemap', () => {
    const app = appWith();
    app.setTiandituKey(KEY);
    app.setBasemap('tianditu');
    app.setTiandituKey('');
    expect(app.basemap).toBe('offline');
  });

  test('a build key is used; a build without Tianditu never offers it', () => {
    expect(appWith({ VITE_TIANDITU_KEY: KEY }).basemapAvailable('tianditu')).toBe(true);
    const off = appWith({ VITE_TIANDITU_KEY: KEY, VITE_ENABLE_TIANDITU: 'false' });
    expect(off.basemapAvailable('tianditu')).toBe(false);
  });

  test('a failure returns to the offline basemap with a notice', () => {
    const app = appWith();
    app.setBasemap('osm');
    app.basemapFailed();
    expect(app.basemap).toBe('offline');
    expect(app.notice).toBe(app.t('basemap.failed'));
  });
});
