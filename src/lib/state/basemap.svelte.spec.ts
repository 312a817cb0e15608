import { describe, expect, test } from 'vitest';
import type { Lang } from '../i18n/messages.ts';
import { translate } from '../i18n/translate.ts';
import { BasemapState } from './basemap.svelte.ts';

const KEY = '0123456789abcdef0123456789abcdef';

/** A basemap state with its own language and a log of the notices it gave. */
function basemapWith(env: Record<string, string> = {}) {
  const state = $state({ lang: 'zh' as Lang });
  const notices: string[] = [];
  const basemap = new BasemapState({
    env,
    lang: () => state.lang,
    notify: (text) => notices.push(text),
  });
  return { basemap, notices, setLang: (lang: Lang) => (state.lang = lang) };
}

describe('BasemapState', () => {
  test('starts offline, with nothing to add under the divisions', () => {
    const { basemap } = basemapWith();
    expect(basemap.current).toBe('offline');
    expect(basemap.layers).toBeNull();
  });

  test('OSM can be picked; unknown ids are ignored', () => {
    const { basemap } = basemapWith();
    basemap.set('osm');
    expect(basemap.current).toBe('osm');
    expect(basemap.layers?.attribution).toBe('© OpenStreetMap contributors');
    basemap.set('gaode');
    expect(basemap.current).toBe('osm');
  });

  test('Tianditu waits for a key; a key that is not one is refused', () => {
    const { basemap } = basemapWith();
    basemap.set('tianditu');
    expect(basemap.current).toBe('offline');
    expect(basemap.setTiandituKey('"><script>')).toBe(false);
    expect(basemap.tiandituKey).toBe('');
    expect(basemap.setTiandituKey(` ${KEY} `)).toBe(true);
    basemap.set('tianditu');
    expect(basemap.current).toBe('tianditu');
    expect(basemap.layers?.layers.map((l) => l.id)).toEqual([
      'basemap-tianditu-vec',
      'basemap-tianditu-cva',
    ]);
  });

  test('the labels follow the language', () => {
    const { basemap, setLang } = basemapWith({ VITE_TIANDITU_KEY: KEY });
    basemap.set('tianditu');
    setLang('en');
    expect(basemap.layers?.layers[1].id).toBe('basemap-tianditu-eva');
  });

  test('forgetting the key leaves Tianditu for the offline basemap', () => {
    const { basemap } = basemapWith();
    basemap.setTiandituKey(KEY);
    basemap.set('tianditu');
    basemap.setTiandituKey('');
    expect(basemap.current).toBe('offline');
  });

  test('a build key is used; a build without Tianditu never offers it', () => {
    expect(basemapWith({ VITE_TIANDITU_KEY: KEY }).basemap.isAvailable('tianditu')).toBe(true);
    const off = basemapWith({ VITE_TIANDITU_KEY: KEY, VITE_ENABLE_TIANDITU: 'false' });
    expect(off.basemap.isAvailable('tianditu')).toBe(false);
  });

  test('a failure returns to the offline basemap with a notice in the current language', () => {
    const { basemap, notices, setLang } = basemapWith();
    basemap.set('osm');
    setLang('en');
    basemap.reportFailure();
    expect(basemap.current).toBe('offline');
    expect(notices).toEqual([translate('en', 'basemap.failed')]);
  });
});
