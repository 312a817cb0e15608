import { describe, expect, test } from 'vitest';
import { loadBundledData } from '../data/bundled.ts';
import type { CommunitiesFile } from '../data/communities-schema.ts';
import { AppState, type AppStateOptions } from './app.svelte.ts';
import { createUrlSync, linkStateOf } from './url-sync.svelte.ts';

const data = loadBundledData();

/** A window with just enough location and history for the sync, and a log of its calls. */
function fakeWindow(search: string) {
  const entries = [search];
  let index = 0;
  const calls: string[] = [];
  const listeners = new Set<() => void>();
  const location = {
    pathname: '/',
    hash: '',
    get search() {
      return entries[index];
    },
  };
  const setEntry = (url: string) => url.slice(1); // '/?a=b' -> '?a=b'
  const win = {
    location,
    history: {
      state: null,
      pushState(_state: unknown, _title: string, url: string) {
        entries.splice(index + 1, Infinity, setEntry(url));
        index += 1;
        calls.push(`push ${url}`);
      },
      replaceState(_state: unknown, _title: string, url: string) {
        entries[index] = setEntry(url);
        calls.push(`replace ${url}`);
      },
    },
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  };
  const go = (step: number) => {
    index += step;
    for (const listener of listeners) listener();
  };
  return { win: win as unknown as Window, calls, go, listeners };
}

function start(search: string, options: AppStateOptions = {}) {
  const app = new AppState(data, options);
  const fake = fakeWindow(search);
  // In the app an $effect runs `write` after each change; here the test does.
  const sync = createUrlSync(app, fake.win);
  const flush = () => sync.write();
  flush();
  return { app, stop: sync.stop, flush, ...fake };
}

describe('createUrlSync', () => {
  test('applies the link and leaves a canonical URL alone', () => {
    const { app, calls, win, stop } = start('?site=qingquanjie&cats=court,community&lang=en');
    expect(app.selection).toEqual({ kind: 'site', id: 'qingquanjie' });
    expect(app.filters.categories).toEqual(['court', 'community']);
    expect(app.lang).toBe('en');
    expect(app.notice).toBeNull();
    expect(calls).toEqual([]);
    expect(win.location.search).toBe('?site=qingquanjie&cats=court,community&lang=en');
    stop();
  });

  test('an unknown id: a notice, nothing selected, the URL corrected in place', () => {
    const { app, calls, stop } = start('?site=does-not-exist&lang=en');
    expect(app.selection).toBeNull();
    expect(app.notice).toBe('There is no place with the id “does-not-exist”; it was ignored.');
    expect(calls).toEqual(['replace /?lang=en']);
    stop();
  });

  test('several notices become one short text, with nothing from the link', () => {
    const { app, stop } = start('?site=<script>&at=NaN,1,1');
    expect(app.notice).toBe('链接中的地点不存在，已忽略。 链接中的地图位置无效，已显示全市范围。');
    stop();
  });

  test('a new selection pushes; filters, language and camera replace', () => {
    const { app, calls, stop, flush } = start('?district=150104');
    app.selectDistrict('150125');
    flush();
    app.setLang('en');
    flush();
    app.filters.setCategories(['court']);
    app.setCamera({ lon: 111.7, lat: 40.8, zoom: 9 });
    flush();
    expect(calls).toEqual([
      'push /?district=150125',
      'replace /?district=150125&lang=en',
      'replace /?district=150125&cats=court&lang=en&at=111.7,40.8,9',
    ]);
    stop();
  });

  test("the compare table's sort: read from the link, and a new sort replaces the entry", () => {
    const { app, calls, stop, flush } = start('?view=compare&sort=-area');
    expect(app.comparison.sort).toEqual({ key: 'area', direction: 'descending' });
    expect(calls).toEqual([]);
    app.comparison.setSort({ key: 'sites.court', direction: 'ascending' });
    flush();
    app.comparison.setSort(null);
    flush();
    expect(calls).toEqual(['replace /?view=compare&sort=sites.court', 'replace /?view=compare']);
    stop();
  });

  test('back and forward step through selections without pushing', () => {
    const { app, calls, go, stop, flush } = start('?district=150104');
    app.selectDistrict('150125');
    flush();
    app.clearSelection();
    flush();
    expect(calls).toEqual(['push /?district=150125', 'push /']);
    go(-1);
    flush();
    expect(app.selection).toEqual({ kind: 'district', code: '150125' });
    go(-1);
    flush();
    expect(app.selection).toEqual({ kind: 'district', code: '150104' });
    go(1);
    flush();
    expect(app.selection).toEqual({ kind: 'district', code: '150125' });
    expect(calls).toHaveLength(2);
    stop();
  });

  test('back keeps the language chosen since (the entry is corrected in place)', () => {
    const { app, calls, go, win, stop, flush } = start('?district=150104');
    app.selectDistrict('150125');
    flush();
    app.setLang('en');
    flush();
    go(-1);
    flush();
    expect(app.lang).toBe('en');
    expect(app.selection).toEqual({ kind: 'district', code: '150104' });
    expect(win.location.search).toBe('?district=150104&lang=en');
    expect(calls.at(-1)).toBe('replace /?district=150104&lang=en');
    stop();
  });

  test('a linked community is kept until the list loads, then selected', async () => {
    const file = {
      townships: [],
      communities: [{ code: '150102001001', division: '150102' }],
    } as unknown as CommunitiesFile;
    const { app, calls, win, stop, flush } = start('?community=150102001001', {
      loadCommunities: () => Promise.resolve(file),
    });
    expect(win.location.search).toBe('?community=150102001001');
    await app.communities.ensureLoaded();
    await Promise.resolve();
    flush();
    expect(app.selection).toEqual({ kind: 'community', code: '150102001001' });
    expect(calls).toEqual([]);
    stop();
  });

  test('an unknown community: a notice and the URL corrected once the list loads', async () => {
    const file = { townships: [], communities: [] } as unknown as CommunitiesFile;
    const { app, calls, stop, flush } = start('?community=150102999999&lang=en', {
      loadCommunities: () => Promise.resolve(file),
    });
    await app.communities.ensureLoaded();
    await Promise.resolve();
    flush();
    expect(app.selection).toBeNull();
    expect(app.notice).toBe('The link names a place that does not exist; it was ignored.');
    expect(calls).toEqual(['replace /?lang=en']);
    stop();
  });

  test('after stop, neither back nor a change touches the URL', () => {
    const { app, calls, listeners, stop, flush } = start('?district=150104');
    stop();
    expect(listeners.size).toBe(0);
    app.selectDistrict('150125');
    flush();
    expect(calls).toEqual([]);
  });

  test('a framed map (embed=1) keeps embed in the link as the selection changes', () => {
    const { app, calls, flush, stop } = start('?embed=1&district=150104');
    expect(calls).toEqual(['replace /?district=150104&embed=1']);
    app.selectSite('qingquanjie');
    flush();
    expect(calls.at(-1)).toBe('push /?site=qingquanjie&embed=1');
    stop();
  });
});

describe('linkStateOf', () => {
  test('is the state the link says, without pick or embed', () => {
    const { app, stop } = start('?embed=1&pick=1&district=150104&lang=en&measure=villages');
    const state = linkStateOf(app);
    expect(state).toMatchObject({
      selection: { kind: 'district', code: '150104' },
      lang: 'en',
      measure: 'villages',
      view: 'map',
    });
    expect(state).not.toHaveProperty('embed');
    expect(state).not.toHaveProperty('pick');
    stop();
  });
});
