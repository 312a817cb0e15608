import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DistrictCollection, SiteCollection } from '../../src/lib/data/schema.ts';
import type { SearchKeysFile } from '../../src/lib/search/search.ts';
import {
  buildSearchKeysFile,
  GEO_DIR,
  pinyinKeys,
  SEARCH_KEYS_PATH,
  tonedPinyin,
} from './build-search-keys.ts';

const readGeo = <T>(name: string) => JSON.parse(readFileSync(join(GEO_DIR, name), 'utf8')) as T;

describe('geo/search-keys.json', () => {
  const committed = readFileSync(SEARCH_KEYS_PATH, 'utf8');
  const file = JSON.parse(committed) as SearchKeysFile;

  it('is reproduced byte for byte by the build', () => {
    expect(buildSearchKeysFile()).toBe(committed);
  });

  it('gives 玉泉区 yuquanqu, yù quán qū and yqq', () => {
    expect(file.districts['150104']).toEqual({ py: 'yuquanqu', pyt: 'yù quán qū', pyi: 'yqq' });
  });

  it('has an entry for every division and every site, and nothing else', () => {
    const districts = readGeo<DistrictCollection>('districts.geojson');
    const sites = readGeo<SiteCollection>('sites.geojson');
    const codes = districts.features.map((f) => f.properties.code).sort();
    const ids = sites.features.map((f) => f.properties.id).sort();
    expect(Object.keys(file.districts)).toEqual(codes);
    expect(Object.keys(file.sites)).toEqual(ids);
  });

  it('writes one division or site per line', () => {
    const lines = committed.trimEnd().split('\n');
    expect(lines).toHaveLength(
      Object.keys(file.districts).length + Object.keys(file.sites).length + 6,
    );
  });
});

describe('pinyin keys', () => {
  it('write toned pinyin in lowercase, one syllable per word', () => {
    expect(tonedPinyin('清泉街社区')).toBe('qīng quán jiē shè qū');
  });

  it('keep a run of digits together', () => {
    expect(pinyinKeys('12345热线')).toEqual({
      py: '12345rexian',
      pyt: '12345 rè xiàn',
      pyi: '12345rx',
    });
  });

  it('write ü as v in the toneless keys', () => {
    expect(pinyinKeys('绿地')).toEqual({ py: 'lvdi', pyt: 'lǜ dì', pyi: 'ld' });
  });

  it('read 什 in a place name as shí, not shén', () => {
    expect(pinyinKeys('百什户')).toEqual({ py: 'baishihu', pyt: 'bǎi shí hù', pyi: 'bsh' });
  });
});
