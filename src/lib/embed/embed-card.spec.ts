import { describe, expect, test } from 'vitest';
import { loadBundledData } from '../data/bundled.ts';
import { AppState } from '../state/app.svelte.ts';
import { embedCardContent } from './embed-card.ts';

const data = loadBundledData();

describe('embedCardContent', () => {
  test('nothing selected: no card', () => {
    expect(embedCardContent(new AppState(data))).toBeNull();
  });

  test('a division: its name and its status, in the app’s language', () => {
    const app = new AppState(data);
    app.selectDistrict('150104');
    expect(embedCardContent(app)).toEqual({
      kind: 'district',
      name: '玉泉区',
      line: app.t(`status.${app.statusOf('150104')}`),
    });
    app.setLang('en');
    expect(embedCardContent(app)?.name).toBe('Yuquan District');
  });

  test('a site: its name and its category', () => {
    const app = new AppState(data, { lang: 'en' });
    app.selectSite('qingquanjie');
    expect(embedCardContent(app)).toEqual({
      kind: 'site',
      name: 'Qingquanjie Community',
      line: 'Community',
    });
  });

  test('an id that does not exist selects nothing, so there is no card', () => {
    const app = new AppState(data);
    app.selectSite('<img src=x>');
    expect(embedCardContent(app)).toBeNull();
  });
});
