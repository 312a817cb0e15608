import { describe, expect, test } from 'vitest';
import { loadBundledData } from '../data/bundled.ts';
import type { CommunitiesFile } from '../data/communities-schema.ts';
import { LAYER } from '../map/ids.ts';
import { AppState } from './app.svelte.ts';

const data = loadBundledData();

describe('AppState', () => {
  test('starts in Chinese with nothing selected', () => {
    const app = new AppState(data);
    expect(app.lang).toBe('zh');
    expect(app.selectedCode).toBeNull();
    expect(app.selectedDistrict).toBeNull();
  });

  test('select takes a division code and ignores anything else', () => {
    const app = new AppState(data);
    app.selectDistrict('150104');
    expect(app.selectedDistrict?.name_zh).toBe('玉泉区');
    app.selectDistrict('<img src=x>');
    expect(app.selectedCode).toBeNull();
    app.selectDistrict('150104');
    app.clearSelection();
    expect(app.selectedCode).toBeNull();
  });

  test('legend rows count four and five', () => {
    const app = new AppState(data);
    expect(app.legendRows.map((r) => r.count)).toEqual([4, 5]);
  });

  test('the city honours include the 2023 demonstration city title', () => {
    const app = new AppState(data);
    const titles = app.cityHonours.filter((h) => h.kind === 'demonstration');
    expect(titles.map((h) => h.year)).toContain(2023);
  });

  test('toggling the language changes messages and the style’s labels', () => {
    const app = new AppState(data);
    expect(app.t('app.title')).toBe('呼和浩特法治地图');
    app.toggleLang();
    expect(app.lang).toBe('en');
    expect(app.t('app.title')).toBe('Hohhot rule-of-law map');
    const label = app.style.layers.find((l) => l.id === LAYER.districtLabel) as {
      layout: Record<string, unknown>;
    };
    expect(label.layout['icon-image']).toEqual(['concat', 'label:district:', ['get', 'name_en']]);
  });
});

describe('AppState composes its parts', () => {
  const KEY = '0123456789abcdef0123456789abcdef';

  test('the basemap follows the app’s language and reports failure through its notice', () => {
    const app = new AppState(data, { env: { VITE_TIANDITU_KEY: KEY } });
    app.basemap.set('tianditu');
    app.setLang('en');
    expect(app.basemap.layers?.layers[1].id).toBe('basemap-tianditu-eva');
    app.basemap.reportFailure();
    expect(app.basemap.current).toBe('offline');
    expect(app.notice).toBe(app.t('basemap.failed'));
  });

  test('a community can be selected once the lookup has loaded it', async () => {
    const file = {
      townships: [],
      communities: [{ code: '150102001001', division: '150102' }],
    } as unknown as CommunitiesFile;
    const app = new AppState(data, { loadCommunities: () => Promise.resolve(file) });
    app.selectCommunity('150102001001');
    expect(app.selection).toBeNull();
    await app.communities.ensureLoaded();
    app.selectCommunity('150102001001');
    expect(app.selectedCommunity?.code).toBe('150102001001');
    expect(app.selectedCode).toBe('150102');
  });

  test('a numeric measure colours the divisions in the map style', () => {
    const app = new AppState(data);
    const fill = () =>
      JSON.stringify(app.style.layers.find((l) => l.id === LAYER.districtFill)?.paint);
    const byStatus = fill();
    app.measure.set('villages');
    expect(fill()).not.toBe(byStatus);
    expect(fill()).toContain(app.measure.colours?.['150104']);
  });
});
