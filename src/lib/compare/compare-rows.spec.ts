import { describe, expect, test } from 'vitest';
import { loadBundledData } from '../data/bundled.ts';
import {
  compareFacts,
  compareRows,
  honoursByLevel,
  presentCategories,
  sortRows,
  tableOrder,
  type CompareRow,
} from './compare-rows.ts';

const data = loadBundledData();
const rows = compareRows({
  districts: data.districts.features.map((f) => f.properties),
  sites: data.sites.features,
  honours: data.honours,
});
const row = (code: string): CompareRow => rows.find((r) => r.code === code)!;
const names = (list: CompareRow[]) => list.map((r) => r.name_zh);

describe('compareRows', () => {
  test('one row per division, in code order', () => {
    expect(rows.map((r) => r.code)).toEqual([
      '150102',
      '150103',
      '150104',
      '150105',
      '150121',
      '150122',
      '150123',
      '150124',
      '150125',
    ]);
  });

  // Hand-checked against geo/districts.geojson, geo/honours.json and geo/sites.geojson.
  test('玉泉区 (150104): its facts from the data files', () => {
    const r = row('150104');
    expect(r.name_zh).toBe('玉泉区');
    expect(r.name_en).toBe('Yuquan District');
    expect(r.kind).toBe('district');
    expect(r.status).toBe('region_demonstration');
    expect(r.honours.map((h) => h.id)).toEqual(['region-demonstration-150104']);
    expect(r.honours[0].year).toBeNull();
    expect(r.sites.community).toBe(1); // 清泉街社区
    expect(r.sites.supervision_office).toBe(1);
    expect(r.sites.court).toBe(0);
    expect(r.siteTotal).toBe(2);
    expect(r.area_km2).toBe(175.9);
    expect(r.townships).toBe(10);
    expect(r.villages).toBe(134);
  });

  test('托克托县 (150122): its facts from the data files', () => {
    const r = row('150122');
    expect(r.name_zh).toBe('托克托县');
    expect(r.kind).toBe('county');
    expect(r.status).toBe('region_demonstration');
    expect(r.honours.map((h) => h.id)).toEqual(['region-demonstration-150122']);
    expect(r.sites.supervision_office).toBe(1);
    expect(r.sites.court).toBe(1); // 托克托县人民法院
    expect(r.sites.community).toBe(0);
    expect(r.siteTotal).toBe(2);
    expect(r.area_km2).toBe(1406.1);
    expect(r.townships).toBe(7);
    expect(r.villages).toBe(137);
  });

  test('a division the source names no honour for has none and status none_named', () => {
    expect(row('150103').honours).toEqual([]);
    expect(row('150103').status).toBe('none_named');
  });

  test('present categories are those some division has a site in', () => {
    expect(presentCategories(rows)).toEqual([
      'court',
      'community',
      'service_hall',
      'supervision_office',
    ]);
    expect(presentCategories([row('150122')])).toEqual(['court', 'supervision_office']);
    expect(presentCategories([row('150104')])).toEqual(['community', 'supervision_office']);
  });

  test('honours are grouped by level, highest first', () => {
    const groups = honoursByLevel(row('150104').honours);
    expect(groups.map((g) => g.level)).toEqual(['region']);
    expect(honoursByLevel([])).toEqual([]);
  });
});

describe('sortRows', () => {
  test('by villages, largest first', () => {
    expect(names(sortRows(rows, 'villages', 'descending'))).toEqual([
      '土默特左旗',
      '赛罕区',
      '和林格尔县',
      '托克托县',
      '玉泉区',
      '清水河县',
      '武川县',
      '新城区',
      '回民区',
    ]);
  });

  test('by area, smallest first', () => {
    expect(names(sortRows(rows, 'area', 'ascending')).slice(0, 3)).toEqual([
      '玉泉区',
      '回民区',
      '新城区',
    ]);
  });

  test('by Chinese name in pinyin order, and by English name', () => {
    expect(names(sortRows(rows, 'name', 'ascending', 'zh'))).toEqual([
      '和林格尔县',
      '回民区',
      '清水河县',
      '赛罕区',
      '土默特左旗',
      '托克托县',
      '武川县',
      '新城区',
      '玉泉区',
    ]);
    expect(sortRows(rows, 'name', 'descending', 'en')[0].name_en).toBe('Yuquan District');
  });

  test('ties keep code order in both directions', () => {
    const byHonours = sortRows(rows, 'honours', 'descending');
    expect(byHonours.slice(0, 4).map((r) => r.code)).toEqual([
      '150102',
      '150104',
      '150105',
      '150122',
    ]);
    expect(sortRows(rows, 'sites.community', 'descending')[0].code).toBe('150104');
  });

  test('unknown values go last whichever the direction', () => {
    const partial = [{ ...row('150102'), townships: null }, row('150103'), row('150104')];
    expect(sortRows(partial, 'townships', 'ascending').map((r) => r.code)).toEqual([
      '150103',
      '150104',
      '150102',
    ]);
    expect(sortRows(partial, 'townships', 'descending').map((r) => r.code)).toEqual([
      '150104',
      '150103',
      '150102',
    ]);
  });

  test('does not change its input', () => {
    const before = rows.map((r) => r.code);
    sortRows(rows, 'area', 'descending');
    expect(rows.map((r) => r.code)).toEqual(before);
  });
});

describe('tableOrder', () => {
  test('unsorted: the rows as given, in code order', () => {
    expect(tableOrder(rows, null)).toBe(rows);
  });

  test('sorted: the same order as sortRows', () => {
    const sort = { key: 'villages', direction: 'descending' } as const;
    expect(names([...tableOrder(rows, sort)])).toEqual(
      names(sortRows(rows, 'villages', 'descending')),
    );
    expect(names([...tableOrder(rows, sort)])[0]).toBe('土默特左旗');
  });
});

describe('compareFacts', () => {
  const facts = compareFacts(rows, ['150104', '150122']);
  const fact = (key: string) => facts.find((f) => f.key === key)!;

  test('aligns 玉泉区 and 托克托县 fact by fact, in the order picked', () => {
    expect(facts.map((f) => f.key)).toEqual([
      'kind',
      'status',
      'honours',
      'sites',
      'sites.court',
      'sites.community',
      'sites.supervision_office',
      'area',
      'townships',
      'villages',
    ]);
    expect(fact('kind').values).toEqual(['district', 'county']);
    expect(fact('area').values).toEqual([175.9, 1406.1]);
    expect(fact('townships').values).toEqual([10, 7]);
    expect(fact('villages').values).toEqual([134, 137]);
    expect(fact('sites').values).toEqual([2, 2]);
    expect(fact('sites.court').values).toEqual([0, 1]);
    expect(fact('sites.community').values).toEqual([1, 0]);
  });

  test('marks the facts that differ and the highest number', () => {
    expect(fact('status')).toMatchObject({ differs: false, highest: null });
    expect(fact('honours')).toMatchObject({ differs: false, highest: null });
    expect(fact('sites.supervision_office')).toMatchObject({ differs: false, highest: null });
    expect(fact('kind')).toMatchObject({ differs: true, highest: null });
    expect(fact('area').highest).toBe(1406.1);
    expect(fact('townships').highest).toBe(10);
    expect(fact('villages').highest).toBe(137);
  });

  test('follows the order picked and skips unknown codes', () => {
    const reversed = compareFacts(rows, ['150122', 'nope', '150104']);
    expect(reversed.find((f) => f.key === 'area')!.values).toEqual([1406.1, 175.9]);
    expect(compareFacts(rows, [])).toEqual([]);
  });
});
