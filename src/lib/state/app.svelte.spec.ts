import { describe, expect, test } from 'vitest';
import { loadBundledData } from '../data/bundled.ts';
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

describe("AppState's compare sort", () => {
  test('keeps a known column and direction, refuses anything else', () => {
    const app = new AppState(loadBundledData());
    expect(app.compareSort).toBeNull();
    app.setCompareSort({ key: 'villages', direction: 'descending' });
    expect(app.compareSort).toEqual({ key: 'villages', direction: 'descending' });
    app.setCompareSort({ key: 'population', direction: 'ascending' } as never);
    app.setCompareSort({ key: 'area', direction: 'sideways' } as never);
    expect(app.compareSort).toEqual({ key: 'villages', direction: 'descending' });
    app.setCompareSort(null);
    expect(app.compareSort).toBeNull();
  });
});
