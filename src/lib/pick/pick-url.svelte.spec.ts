/** `pick=1` in the link: read without a notice, and kept in the URL while the map is used. */
import { describe, expect, it } from 'vitest';
import { loadBundledData } from '../data/bundled.ts';
import { AppState } from '../state/app.svelte.ts';
import { parseUrlState, serialiseUrlState } from '../state/url-state.ts';
import { createUrlSync } from '../state/url-sync.svelte.ts';

const known = { districtExists: (code: string) => code === '150104', siteExists: () => false };

describe('pick=1 in the URL state', () => {
  it('is read with no notice and written back last', () => {
    const parsed = parseUrlState('?pick=1&district=150104', known);
    expect(parsed.notices).toEqual([]);
    expect(parsed.state.pick).toBe(true);
    expect(parsed.canonical).toBe('?district=150104&pick=1');
  });

  it('any other value is no picker, and is dropped', () => {
    const parsed = parseUrlState('?pick=yes', known);
    expect(parsed.state.pick).toBeUndefined();
    expect(parsed.canonical).toBe('');
  });

  it('the default state has no pick', () => {
    expect(serialiseUrlState(parseUrlState('', known).state)).toBe('');
  });
});

describe('the URL sync keeps pick=1', () => {
  it('through a selection and a language change', () => {
    let search = '?pick=1';
    const win = {
      location: {
        pathname: '/',
        hash: '',
        get search() {
          return search;
        },
      },
      history: {
        state: null,
        pushState: (_s: unknown, _t: string, url: string) => (search = url.slice(1)),
        replaceState: (_s: unknown, _t: string, url: string) => (search = url.slice(1)),
      },
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    } as unknown as Window;
    const app = new AppState(loadBundledData());
    const sync = createUrlSync(app, win);
    sync.write();
    expect(search).toBe('?pick=1');
    app.selectDistrict('150104');
    sync.write();
    expect(search).toBe('?district=150104&pick=1');
    app.setLang('en');
    sync.write();
    expect(search).toBe('?district=150104&lang=en&pick=1');
    sync.stop();
  });
});
