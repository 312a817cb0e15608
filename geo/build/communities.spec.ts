import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DISTRICT_CODES } from '../../src/lib/data/vocab.ts';
import { communitiesFile, type CommunitiesFile } from '../../src/lib/data/communities-schema.ts';
import {
  buildCommunitiesData,
  HOHHOT_CITY_CODE,
  parseCsv,
  parseStreets,
  parseVillages,
  searchKeys,
  shortName,
  splitCsvLine,
  STREET_COLUMNS,
  VILLAGE_COLUMNS,
} from './communities.ts';
import {
  buildCommunitiesFile,
  COMMUNITIES_PATH,
  loadCommunitiesData,
} from './build-communities.ts';

const STREETS_HEADER = STREET_COLUMNS.join(',');
const VILLAGES_HEADER = VILLAGE_COLUMNS.join(',');

function streetsCsv(...rows: string[]): string {
  return [STREETS_HEADER, ...rows, ''].join('\n');
}

function villagesCsv(...rows: string[]): string {
  return [VILLAGES_HEADER, ...rows, ''].join('\n');
}

const sampleStreets = streetsCsv(
  '110101001,"东华门街道",110101,11,1101',
  '150104002,"兴隆巷街道",150104,15,1501',
  '150172401,"如意工业园区",150172,15,1501',
);
const sampleVillages = villagesCsv(
  '110101001001,"多福巷社区居委会",110101001,11,1101,110101',
  '150172401498,"如意虚拟社区",150172401,15,1501,150172',
  '150104002200,"南茶坊村委会",150104002,15,1501,150104',
  '150104002004,"清泉街社区居委会",150104002,15,1501,150104',
);

describe('splitCsvLine', () => {
  it('splits plain and quoted fields', () => {
    expect(splitCsvLine('150104002,"兴隆巷街道",150104')).toEqual([
      '150104002',
      '兴隆巷街道',
      '150104',
    ]);
  });

  it('keeps commas inside quotes and reads "" as one quote', () => {
    expect(splitCsvLine('1,"a, b","say ""hi""",')).toEqual(['1', 'a, b', 'say "hi"', '']);
  });

  it('rejects an unterminated quote', () => {
    expect(() => splitCsvLine('1,"truncated')).toThrow(/unterminated/);
  });

  it('rejects text after a closing quote and a stray quote', () => {
    expect(() => splitCsvLine('1,"a"b,2')).toThrow(/after a quoted field/);
    expect(() => splitCsvLine('1,a"b,2')).toThrow(/stray quote/);
  });
});

describe('parseCsv', () => {
  it('gives each row its columns and its line number', () => {
    const rows = parseCsv('a,b\r\n1,"x,y"\r\n2,z\r\n', 'test.csv', ['a', 'b']);
    expect(rows).toEqual([
      { line: 2, row: { a: '1', b: 'x,y' } },
      { line: 3, row: { a: '2', b: 'z' } },
    ]);
  });

  it('names the file and line of a truncated row', () => {
    const text = villagesCsv(
      '150104002004,"清泉街社区居委会",150104002,15,1501,150104',
      '150104002005,"六中社区居委会",150104002,15',
    );
    expect(() => parseVillages(text)).toThrow(
      /^dist\/villages\.csv line 3: expected 6 fields .*got 4$/,
    );
  });

  it('names the file and line of an ill-formed quote', () => {
    const text = streetsCsv('150104002,"兴隆巷街道,150104,15,1501');
    expect(() => parseStreets(text)).toThrow('dist/streets.csv line 2: unterminated quoted field');
  });

  it('rejects an unexpected header and a blank line', () => {
    expect(() => parseCsv('code,name\n', 'x.csv', ['code', 'title'])).toThrow(/x\.csv line 1/);
    expect(() => parseCsv('a,b\n1,2\n\n3,4\n', 'x.csv', ['a', 'b'])).toThrow(/x\.csv line 3/);
  });
});

describe('shortName', () => {
  it('drops a residents’ committee suffix', () => {
    expect(shortName('清泉街社区居委会')).toBe('清泉街社区');
    expect(shortName('民航北居民委员会')).toBe('民航北');
  });

  it('keeps the village for a villagers’ committee', () => {
    expect(shortName('大梁村民委员会')).toBe('大梁村');
    expect(shortName('南茶坊村委会')).toBe('南茶坊村');
    expect(shortName('新村村委会')).toBe('新村');
  });

  it('leaves a name without a committee suffix alone', () => {
    expect(shortName('如意虚拟社区')).toBe('如意虚拟社区');
  });
});

describe('searchKeys', () => {
  it('gives toneless pinyin and initials', () => {
    expect(searchKeys('清泉街社区')).toEqual({ py: 'qingquanjieshequ', pyi: 'qqjsq' });
  });

  it('writes ü as v', () => {
    expect(searchKeys('绿苑社区').py).toBe('lvyuanshequ');
  });

  it('reads 什 in a place name as shi, not shen', () => {
    expect(searchKeys('什拉门更社区')).toEqual({ py: 'shilamengengshequ', pyi: 'slmgsq' });
    expect(searchKeys('百什户村').py).toBe('baishihucun');
  });
});

describe('buildCommunitiesData on a sample', () => {
  const built = () =>
    buildCommunitiesData({
      streetsCsv: sampleStreets,
      villagesCsv: sampleVillages,
      packageVersion: '0.0.0',
    });

  it('keeps only Hohhot, sorted by code, with the zone kept apart', () => {
    const file = built();
    expect(file.townships.map((t) => t.code)).toEqual(['150104002', '150172401']);
    expect(file.communities.map((c) => [c.code, c.division])).toEqual([
      ['150104002004', '150104'],
      ['150104002200', '150104'],
      ['150172401498', '150172'],
    ]);
    expect(file.counts['150172']).toEqual({ townships: 1, villages: 1 });
    expect(communitiesFile.safeParse(file).success).toBe(true);
  });

  it('throws on an areaCode that is neither a division nor a statistical unit', () => {
    const streets = streetsCsv('150199001,"某街道",150199,15,1501');
    expect(() =>
      buildCommunitiesData({
        streetsCsv: streets,
        villagesCsv: villagesCsv(),
        packageVersion: '0',
      }),
    ).toThrow(/dist\/streets\.csv line 2: areaCode 150199 is neither/);
  });

  it('throws on a community whose township is missing or elsewhere', () => {
    const villages = villagesCsv('150105001001,"某社区居委会",150105001,15,1501,150105');
    expect(() =>
      buildCommunitiesData({
        streetsCsv: sampleStreets,
        villagesCsv: villages,
        packageVersion: '0',
      }),
    ).toThrow(/dist\/villages\.csv line 2: streetCode 150105001 is not a township of 150105/);
  });
});

describe('the NBS data for Hohhot', () => {
  let data: CommunitiesFile;
  beforeAll(() => {
    data = loadCommunitiesData();
  });

  it('has 1,396 village-level units, 6 of them in the development zone 150172', () => {
    expect(data.communities).toHaveLength(1396);
    expect(data.total).toBe(1396);
    expect(data.communities.filter((c) => c.division === '150172')).toHaveLength(6);
  });

  it('counts add up: the nine divisions plus 150172 hold every unit', () => {
    const codes = [...DISTRICT_CODES, '150172'] as const;
    expect(Object.keys(data.counts).sort()).toEqual([...codes].sort());
    const sum = codes.reduce((total, code) => total + data.counts[code].villages, 0);
    expect(sum).toBe(1396);
    expect(data.counts['150172']).toEqual({ townships: 6, villages: 6 });
  });

  it('lists 清泉街社区 under 兴隆巷街道 in 玉泉区', () => {
    const qingquan = data.communities.find((c) => c.code === '150104002004');
    expect(qingquan).toEqual({
      code: '150104002004',
      name: '清泉街社区居委会',
      short: '清泉街社区',
      township: '150104002',
      division: '150104',
      py: 'qingquanjieshequ',
      pyi: 'qqjsq',
    });
    expect(data.townships.find((t) => t.code === '150104002')).toEqual({
      code: '150104002',
      name: '兴隆巷街道',
      division: '150104',
    });
  });

  it('holds Hohhot rows only', () => {
    const codes = [...data.townships, ...data.communities].map((unit) => unit.code);
    expect(codes.filter((code) => !code.startsWith(HOHHOT_CITY_CODE))).toEqual([]);
  });

  it('passes the schema', () => {
    const result = communitiesFile.safeParse(data);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('fails the schema when counts or total disagree with the lists', () => {
    const counts = { ...data.counts, '150172': { townships: 6, villages: 5 } };
    const result = communitiesFile.safeParse({ ...data, counts, total: 1395 });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([
      'total 1395 but 1396 communities',
      expect.stringContaining('counts.150172'),
    ]);
  });

  it('reproduces the committed geo/communities.json byte for byte', () => {
    expect(buildCommunitiesFile()).toBe(readFileSync(COMMUNITIES_PATH, 'utf8'));
  });
});
