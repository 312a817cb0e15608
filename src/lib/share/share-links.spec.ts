import { describe, expect, test } from 'vitest';
import { EMPTY_URL_STATE, type UrlState } from '../state/url-state.ts';
import {
  embedLink,
  escapeAttribute,
  fullMapLink,
  iframeSnippet,
  pageBase,
  shareLink,
} from './share-links.ts';

const BASE = 'https://map.example.cn/hohhot/';

function state(overrides: Partial<UrlState>): UrlState {
  return { ...EMPTY_URL_STATE, ...overrides };
}

const SELECTED = state({
  selection: { kind: 'district', code: '150104' },
  categories: ['court', 'community'],
  lang: 'en',
  camera: { lon: 111.7, lat: 40.8, zoom: 9.5 },
  measure: 'villages',
});

describe('pageBase', () => {
  test('is the origin and path, without query or hash', () => {
    expect(pageBase('https://map.example.cn/hohhot/?district=150104#x')).toBe(BASE);
    expect(pageBase('http://127.0.0.1:4173/')).toBe('http://127.0.0.1:4173/');
    expect(pageBase('http://127.0.0.1:4173')).toBe('http://127.0.0.1:4173/');
  });

  test('is null for what is not an absolute http(s) address', () => {
    for (const bad of ['', 'map', '/hohhot/', 'javascript:alert(1)', 'file:///tmp/x', 'data:,x']) {
      expect(pageBase(bad), bad).toBeNull();
    }
  });
});

describe('shareLink', () => {
  test('is the page with the state’s canonical query', () => {
    expect(shareLink(SELECTED, BASE)).toBe(
      `${BASE}?district=150104&cats=court,community&lang=en&at=111.7,40.8,9.5&measure=villages`,
    );
  });

  test('the default state is the bare page', () => {
    expect(shareLink(EMPTY_URL_STATE, BASE)).toBe(BASE);
  });

  test('replaces the base’s own query and hash', () => {
    expect(shareLink(state({ lang: 'en' }), `${BASE}?embed=1&pick=1#top`)).toBe(`${BASE}?lang=en`);
  });

  test('never carries pick or embed', () => {
    const link = shareLink(state({ ...SELECTED, pick: true, embed: true }), BASE);
    expect(link).not.toMatch(/pick|embed/);
  });

  test('a base that is not an address yields the query alone (relative to the page)', () => {
    expect(shareLink(state({ lang: 'en' }), 'not a url')).toBe('?lang=en');
  });
});

describe('embedLink and fullMapLink', () => {
  test('embedLink is the share link with embed=1 last', () => {
    expect(embedLink(SELECTED, BASE)).toBe(`${shareLink(SELECTED, BASE)}&embed=1`);
    expect(embedLink(EMPTY_URL_STATE, BASE)).toBe(`${BASE}?embed=1`);
  });

  test('fullMapLink drops embed and keeps the rest', () => {
    const framed = state({ ...SELECTED, embed: true });
    expect(fullMapLink(framed, BASE)).toBe(shareLink(SELECTED, BASE));
    expect(fullMapLink(framed, BASE)).not.toContain('embed');
  });
});

describe('iframeSnippet', () => {
  test('is the documented snippet, with & escaped in the address', () => {
    expect(iframeSnippet(`${BASE}?embed=1&lang=en`, '呼和浩特法治地图')).toBe(
      `<iframe src="${BASE}?embed=1&amp;lang=en" title="呼和浩特法治地图" width="100%" ` +
        'height="520" loading="lazy" style="border:0"></iframe>',
    );
  });

  test('a quote or markup in a value cannot leave its attribute', () => {
    const snippet = iframeSnippet('https://x.cn/?a="><script>', 'a "title" <b>');
    expect(snippet).toContain('src="https://x.cn/?a=&quot;&gt;&lt;script&gt;"');
    expect(snippet).toContain('title="a &quot;title&quot; &lt;b&gt;"');
    expect(snippet.match(/</g)).toHaveLength(2); // <iframe and </iframe>
  });

  test('escapeAttribute leaves plain text alone', () => {
    expect(escapeAttribute('呼和浩特 map')).toBe('呼和浩特 map');
  });
});
