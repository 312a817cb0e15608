import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CommunitiesFile } from '../data/communities-schema.ts';
import type { DistrictCollection, SiteCollection } from '../data/schema.ts';
import {
  buildSearchEntries,
  normaliseQuery,
  searchEntries,
  type SearchEntry,
  type SearchKeysFile,
} from './search.ts';

const readGeo = <T>(name: string) =>
  JSON.parse(readFileSync(new URL(`../../../geo/${name}`, import.meta.url), 'utf8')) as T;

const districts = readGeo<DistrictCollection>('districts.geojson').features.map(
  (f) => f.properties,
);
const sites = readGeo<SiteCollection>('sites.geojson').features.map((f) => f.properties);
const pinyin = readGeo<SearchKeysFile>('search-keys.json');
const communities = readGeo<CommunitiesFile>('communities.json');
const cityWide = { zh: '全市', en: 'City-wide' };

const entries = buildSearchEntries({ districts, sites, pinyin, communities, cityWide });

const ids = (query: string, limit?: number) =>
  searchEntries(entries, query, limit).map((e) => `${e.kind}:${e.id}`);

describe('normaliseQuery', () => {
  it('trims, lowercases and drops spaces', () => {
    expect(normaliseQuery('  Yuquan District ')).toBe('yuquandistrict');
  });

  it('drops tone marks and tone digits', () => {
    expect(normaliseQuery('yù quán')).toBe('yuquan');
    expect(normaliseQuery('yu4quan2')).toBe('yuquan');
  });

  it('keeps numbers that are not tone digits', () => {
    expect(normaliseQuery('12345')).toBe('12345');
  });

  it('writes ü as v and drops apostrophes', () => {
    expect(normaliseQuery('lǜ dì')).toBe('lvdi');
    expect(normaliseQuery("xi'an")).toBe('xian');
  });

  it('folds full-width letters (NFKC)', () => {
    expect(normaliseQuery('ＹＱＱ')).toBe('yqq');
  });
});

describe('searchEntries over the real data', () => {
  it('builds one entry per division, site and community', () => {
    expect(entries).toHaveLength(districts.length + sites.length + communities.communities.length);
  });

  it.each(['yqq', 'yuquan', 'yù quán', 'yu4quan2', 'Yuquan', '玉泉', '玉泉区', 'Yuquan District'])(
    '%s finds 玉泉区 first',
    (query) => {
      expect(ids(query)[0]).toBe('district:150104');
    },
  );

  it('qingquan finds the 清泉街社区 site and the community 150104002004', () => {
    const found = ids('qingquan');
    expect(found).toContain('site:qingquanjie');
    expect(found).toContain('community:150104002004');
    expect(found.indexOf('site:qingquanjie')).toBeLessThan(found.indexOf('community:150104002004'));
  });

  it('finds a site by a word of its facts', () => {
    expect(ids('荷香')).toContain('site:qingquanjie');
    expect(ids('Hexiang')).toContain('site:qingquanjie');
  });

  it('finds a community by its initials and describes its township and division', () => {
    const [first] = searchEntries(entries, 'qqjsq');
    expect(first.kind).toBe('site');
    const community = searchEntries(entries, 'qqjsq').find((e) => e.kind === 'community');
    expect(community?.id).toBe('150104002004');
    expect(community?.label_zh).toBe('清泉街社区');
    expect(community?.detail_zh).toMatch(/玉泉区$/);
    expect(community?.detail_en).toMatch(/Yuquan District$/);
  });

  it('finds a place written with 什 by shi, as it is read (not shen)', () => {
    expect(ids('shilamengeng')[0]).toBe('community:150103003001');
    expect(ids('baishihu')).toContain('community:150104100227');
    expect(ids('shenlamengeng')).toEqual([]);
  });

  it('gives a city-wide site the city-wide detail', () => {
    const court = searchEntries(entries, '中级人民法院')[0];
    expect(court.id).toBe('hohhot-intermediate-court');
    expect(court.detail_en).toBe('City-wide');
  });

  it('finds nothing for an empty or blank query', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
  });

  it('finds nothing for a query that looks like HTML, without throwing', () => {
    expect(ids('<img src=x onerror=alert(1)>')).toEqual([]);
  });

  it('returns at most `limit` entries', () => {
    expect(ids('q')).toHaveLength(8);
    expect(ids('q', 3)).toHaveLength(3);
    expect(ids('q', 0)).toEqual([]);
  });

  it('searches 1,400 entries quickly', () => {
    const start = performance.now();
    for (const query of ['y', 'yu', 'yuq', 'yuqu', 'yuqua', 'yuquan']) ids(query);
    expect(performance.now() - start).toBeLessThan(100);
  });

  it('works without the community list', () => {
    const places = buildSearchEntries({ districts, sites, pinyin, cityWide });
    expect(searchEntries(places, 'qingquan').map((e) => e.kind)).toEqual(['site']);
  });
});

function entry(id: string, kind: SearchEntry['kind'], keys: string[], text: string[] = []) {
  return { kind, id, label_zh: id, label_en: id, detail_zh: '', detail_en: '', keys, text };
}

describe('ranking', () => {
  it('puts exact before prefix before inside a name before other text', () => {
    const sample = [
      entry('text', 'district', ['zzz'], ['abc']),
      entry('inside', 'district', ['xabc']),
      entry('prefix', 'district', ['abcd']),
      entry('exact', 'community', ['abc']),
    ];
    expect(searchEntries(sample, 'abc').map((e) => e.id)).toEqual([
      'exact',
      'prefix',
      'inside',
      'text',
    ]);
  });

  it('puts divisions before sites before communities on ties, and keeps order otherwise', () => {
    const sample = [
      entry('c1', 'community', ['ab']),
      entry('s1', 'site', ['ab']),
      entry('c2', 'community', ['ab']),
      entry('d1', 'district', ['ab']),
      entry('s2', 'site', ['ab']),
    ];
    expect(searchEntries(sample, 'ab').map((e) => e.id)).toEqual(['d1', 's1', 's2', 'c1', 'c2']);
  });
});
