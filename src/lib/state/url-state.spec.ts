import { describe, expect, test } from 'vitest';
import { DISTRICT_CODES } from '../data/vocab.ts';
import {
  linkLang,
  EMPTY_URL_STATE,
  parseUrlState,
  serialiseUrlState,
  type KnownIds,
  type UrlState,
} from './url-state.ts';

const SITES = ['qingquanjie', 'hohhot-intermediate-court', 'hotline-12345'];

function known(): KnownIds {
  return {
    districtExists: (code) => (DISTRICT_CODES as readonly string[]).includes(code),
    siteExists: (id) => SITES.includes(id),
  };
}

function parse(search: string) {
  return parseUrlState(search, known());
}

function state(overrides: Partial<UrlState>): UrlState {
  return { ...EMPTY_URL_STATE, ...overrides };
}

function noticeKeys(search: string): string[] {
  return parse(search).notices.map((n) => n.key);
}

describe('parseUrlState', () => {
  test('reads the example link', () => {
    const {
      state: s,
      notices,
      canonical,
    } = parse('?site=qingquanjie&cats=court,community&lang=en');
    expect(s).toEqual(
      state({
        selection: { kind: 'site', id: 'qingquanjie' },
        categories: ['court', 'community'],
        lang: 'en',
      }),
    );
    expect(notices).toEqual([]);
    expect(canonical).toBe('?site=qingquanjie&cats=court,community&lang=en');
  });

  test('an empty query is the default state, with no notice', () => {
    for (const search of ['', '?', '?&&']) {
      expect(parse(search)).toEqual({ state: EMPTY_URL_STATE, notices: [], canonical: '' });
    }
  });

  test('reads every parameter, with or without the leading "?"', () => {
    const search =
      'district=150104&cats=&level=national&lang=zh&at=111.7,40.8,9.5&view=compare' +
      '&compare=150104,150122&measure=villages&sort=-area';
    const { state: s, notices, canonical } = parse(search);
    expect(s).toEqual({
      selection: { kind: 'district', code: '150104' },
      categories: [],
      level: 'national',
      lang: 'zh',
      camera: { lon: 111.7, lat: 40.8, zoom: 9.5 },
      view: 'compare',
      compare: ['150104', '150122'],
      measure: 'villages',
      sort: { key: 'area', direction: 'descending' },
    });
    expect(notices).toEqual([]);
    expect(canonical).toBe(
      '?district=150104&cats=&level=national&at=111.7,40.8,9.5&view=compare' +
        '&compare=150104,150122&measure=villages&sort=-area',
    );
  });

  test('canonical order, defaults left out, categories in vocabulary order', () => {
    const { canonical } = parse(
      '?view=map&lang=zh&cats=community,court,court&level=city&district=150125',
    );
    expect(canonical).toBe('?district=150125&cats=court,community&level=city');
  });

  test('naming every category is the same as naming none (all shown)', () => {
    const all = 'court,community,service_hall,supervision_office,hotline,legal_culture,school';
    expect(parse(`?cats=${all}`).state.categories).toBeNull();
    expect(parse(`?cats=${all}`).canonical).toBe('');
  });

  test('a community code is kept when well formed, to be checked once communities load', () => {
    const { state: s, notices } = parse('?community=150102001001');
    expect(s.selection).toEqual({ kind: 'community', code: '150102001001' });
    expect(notices).toEqual([]);
    expect(noticeKeys('?community=15010200100')).toEqual(['url.unknownPlaceNamed']);
  });

  test('camera values are rounded: 5 decimals, 2 for zoom', () => {
    const { state: s, canonical } = parse('?at=111.123456789,40.987654321,9.87654');
    expect(s.camera).toEqual({ lon: 111.12346, lat: 40.98765, zoom: 9.88 });
    expect(canonical).toBe('?at=111.12346,40.98765,9.88');
  });
});

describe('hostile links', () => {
  test('an unknown id opens the map with a notice that quotes a plain id', () => {
    const { state: s, notices, canonical } = parse('?site=does-not-exist&lang=en');
    expect(s.selection).toBeNull();
    expect(notices).toEqual([{ key: 'url.unknownPlaceNamed', values: { id: 'does-not-exist' } }]);
    expect(canonical).toBe('?lang=en');
    expect(noticeKeys('?district=999999')).toEqual(['url.unknownPlaceNamed']);
  });

  test('an id with markup, or longer than 40 characters, is never quoted', () => {
    for (const search of [
      '?site=<script>alert(1)</script>',
      '?district=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      '?site=javascript:alert(1)',
      `?site=${'a'.repeat(41)}`,
      '?site=qingquanjie%22',
    ]) {
      const { state: s, notices, canonical } = parse(search);
      expect(s.selection, search).toBeNull();
      expect(notices, search).toEqual([{ key: 'url.unknownPlace' }]);
      expect(canonical, search).toBe('');
    }
  });

  test('a value over 200 characters is dropped with a notice, even at 100 KB', () => {
    const huge = parse(`?site=${'x'.repeat(100_000)}&lang=en`);
    expect(huge.state).toEqual(state({ lang: 'en' }));
    expect(huge.notices).toEqual([{ key: 'url.tooLong' }]);
    expect(huge.canonical).toBe('?lang=en');
    const encoded = parse(`?cats=${'%3C'.repeat(201)}`);
    expect(encoded.notices).toEqual([{ key: 'url.tooLong' }]);
    expect(parse(`?site=${'y'.repeat(200)}`).notices).toEqual([{ key: 'url.unknownPlace' }]);
  });

  test('an unknown parameter with 100 KB is dropped silently', () => {
    expect(parse(`?x=${'%'.repeat(100_000)}&district=150104`)).toEqual({
      state: state({ selection: { kind: 'district', code: '150104' } }),
      notices: [],
      canonical: '?district=150104',
    });
  });

  test('bad percent-encoding never throws', () => {
    expect(parse('?x=%E0%A4%A')).toEqual({ state: EMPTY_URL_STATE, notices: [], canonical: '' });
    expect(noticeKeys('?site=%E0%A4%A')).toEqual(['url.malformed']);
    expect(noticeKeys('?%E0%A4%A=1&lang=en')).toEqual(['url.malformed']);
    expect(parse('?lang=%')).toMatchObject({ notices: [{ key: 'url.malformed' }], canonical: '' });
    expect(parse('?cats=%ZZ&lang=en').canonical).toBe('?lang=en');
  });

  test('repeated parameters: the first wins', () => {
    expect(parse('?district=150104&district=150102').canonical).toBe('?district=150104');
    expect(parse('?lang=en&lang=zh').state.lang).toBe('en');
    expect(parse('?district=150104&district=150102').notices).toEqual([]);
  });

  test('several selections: district, then site, then community, with a notice', () => {
    const { state: s, notices } = parse('?community=150102001001&site=qingquanjie&district=150104');
    expect(s.selection).toEqual({ kind: 'district', code: '150104' });
    expect(notices).toEqual([{ key: 'url.extraSelection' }]);
    expect(parse('?community=150102001001&site=qingquanjie').state.selection).toEqual({
      kind: 'site',
      id: 'qingquanjie',
    });
  });

  test('unknown categories are dropped with a notice; only unknown ones show every site', () => {
    const some = parse('?cats=court,<b>x</b>,casino');
    expect(some.state.categories).toEqual(['court']);
    expect(some.notices).toEqual([{ key: 'url.unknownCategories' }]);
    const none = parse('?cats=casino');
    expect(none.state.categories).toBeNull();
    expect(none.notices).toEqual([{ key: 'url.unknownCategories' }]);
  });

  test('unknown level, language or view is dropped with one notice', () => {
    const { state: s, notices, canonical } = parse('?level=galactic&lang=fr&view=<svg>');
    expect(s).toEqual(EMPTY_URL_STATE);
    expect(notices).toEqual([{ key: 'url.malformed' }]);
    expect(canonical).toBe('');
  });

  test.each([
    'NaN,1e999,99',
    'Infinity,40,9',
    '111,-Infinity,9',
    '1e999,40,9',
    '111.7,40.8,NaN',
    '40.8,111.7,9', // latitude and longitude swapped
    '111.7,40.8,17',
    '111.7,40.8,2.9',
    '94.9,40,9',
    '111.7,50.1,9',
    '111.7,40.8',
    '111.7,40.8,9,1',
    '111.7,,9',
    ',,',
    '0x6f,40,9',
    '111.7 ,40,9',
    '',
  ])('a bad camera (%s) is dropped with a notice', (at) => {
    const { state: s, notices, canonical } = parse(`?at=${at}&lang=en`);
    expect(s.camera).toBeNull();
    expect(notices).toEqual([{ key: 'url.badCamera' }]);
    expect(canonical).toBe('?lang=en');
  });

  test('the camera limits are inclusive', () => {
    expect(parse('?at=95,30,3').state.camera).toEqual({ lon: 95, lat: 30, zoom: 3 });
    expect(parse('?at=125,50,16').state.camera).toEqual({ lon: 125, lat: 50, zoom: 16 });
  });
});

describe('serialiseUrlState', () => {
  test('the default state is the empty query', () => {
    expect(serialiseUrlState(EMPTY_URL_STATE)).toBe('');
    expect(serialiseUrlState(state({ lang: 'zh', view: 'map' }))).toBe('');
  });

  test('leaves out a camera it could not read back', () => {
    expect(serialiseUrlState(state({ camera: { lon: 80, lat: 40, zoom: 5 } }))).toBe('');
    expect(serialiseUrlState(state({ camera: { lon: NaN, lat: 40, zoom: 5 } }))).toBe('');
  });

  test('encodes what it writes', () => {
    expect(serialiseUrlState(state({ selection: { kind: 'site', id: 'a&b=c d' } }))).toBe(
      '?site=a%26b%3Dc%20d',
    );
  });

  test.each<UrlState>([
    EMPTY_URL_STATE,
    state({ selection: { kind: 'district', code: '150104' } }),
    state({ selection: { kind: 'site', id: 'hotline-12345' }, categories: [] }),
    state({ selection: { kind: 'community', code: '150102001001' }, level: 'region' }),
    state({ categories: ['court', 'school'], lang: 'en', view: 'compare' }),
    state({ camera: { lon: 111.65432, lat: 40.81234, zoom: 9.25 } }),
    {
      selection: { kind: 'site', id: 'qingquanjie' },
      categories: ['community'],
      level: 'city',
      lang: 'en',
      camera: { lon: 111.7, lat: 40.8, zoom: 11 },
      view: 'compare',
      compare: ['150104', '150122'],
      measure: 'villages',
      sort: { key: 'sites.legal_culture', direction: 'descending' },
    },
    state({ view: 'compare', sort: { key: 'area', direction: 'ascending' } }),
  ])('round trip %#', (original) => {
    const search = serialiseUrlState(original);
    const back = parse(search);
    expect(back.state).toEqual(original);
    expect(back.notices).toEqual([]);
    expect(back.canonical).toBe(search);
  });

  test("reads the compare table's sort: a column, descending with a minus", () => {
    expect(parse('?view=compare&sort=area').state.sort).toEqual({
      key: 'area',
      direction: 'ascending',
    });
    expect(parse('?sort=-sites.court').state.sort).toEqual({
      key: 'sites.court',
      direction: 'descending',
    });
    expect(serialiseUrlState(state({ sort: { key: 'villages', direction: 'descending' } }))).toBe(
      '?sort=-villages',
    );
  });

  test('drops a sort by a column the table does not have, with a notice', () => {
    for (const search of ['?sort=population', '?sort=--area', '?sort=-', '?sort=sites.']) {
      const { state: s, notices, canonical } = parse(search);
      expect(s.sort, search).toBeNull();
      expect(
        notices.map((n) => n.key),
        search,
      ).toEqual(['url.malformed']);
      expect(canonical, search).toBe('');
    }
  });

  test('a canonical query parses to itself', () => {
    for (const search of [
      '?district=150104&district=150102',
      '?lang=en&site=qingquanjie&cats=school,court',
      '?at=111.7000,40.80,9.50&view=map',
    ]) {
      const { canonical } = parse(search);
      expect(parse(canonical).canonical).toBe(canonical);
    }
  });
});

describe('compare and measure', () => {
  test('compare keeps known division codes, each once, at most four', () => {
    expect(parse('?compare=150104,150122').state.compare).toEqual(['150104', '150122']);
    const messy = parse('?compare=150104,150104,999999,<b>');
    expect(messy.state.compare).toEqual(['150104']);
    expect(messy.notices.map((n) => n.key)).toContain('url.malformed');
    expect(messy.canonical).toBe('?compare=150104');
    expect(parse('?compare=150102,150103,150104,150105,150121').state.compare).toHaveLength(4);
  });

  test('measure is one of the choropleth measures; status is the default and left out', () => {
    expect(parse('?measure=villages').state.measure).toBe('villages');
    expect(parse('?measure=status').canonical).toBe('');
    expect(parse('?measure=<script>').state.measure).toBeNull();
  });
});

describe('linkLang', () => {
  test('reads the language from a link, even one whose ids cannot be checked yet', () => {
    expect(linkLang('?lang=en&d=150102')).toBe('en');
    expect(linkLang('?lang=zh')).toBe('zh');
  });

  test('is Chinese when the link names none, or names one the app does not have', () => {
    expect(linkLang('')).toBe('zh');
    expect(linkLang('?lang=fr')).toBe('zh');
  });
});

describe('embed', () => {
  test('embed=1 frames the map and stays in the canonical link, after everything else', () => {
    const { state: s, notices, canonical } = parse('?embed=1&district=150104&lang=en');
    expect(s.embed).toBe(true);
    expect(s.selection).toEqual({ kind: 'district', code: '150104' });
    expect(notices).toEqual([]);
    expect(canonical).toBe('?district=150104&lang=en&embed=1');
  });

  test('any other value is the full map, and is removed from the link', () => {
    for (const search of ['?embed=0', '?embed=', '?embed=true', '?embed=1x', '?embed']) {
      const parsed = parse(search);
      expect(parsed.state.embed, search).toBeUndefined();
      expect(parsed.canonical, search).toBe('');
    }
  });

  test('a value too long to read is a notice, not an embed', () => {
    const parsed = parse(`?embed=${'1'.repeat(300)}`);
    expect(parsed.state.embed).toBeUndefined();
    expect(parsed.notices.map((n) => n.key)).toEqual(['url.tooLong']);
  });

  test('serialises only when set', () => {
    expect(serialiseUrlState(state({ embed: true }))).toBe('?embed=1');
    expect(serialiseUrlState(state({}))).toBe('');
  });
});
