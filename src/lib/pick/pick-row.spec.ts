import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DistrictCollection } from '../data/schema.ts';
import { siteColumnHeaders } from '../data/site-columns.ts';
import { pickModeRequested } from './pick-mode.ts';
import { pickPoint, rowAsTsv, templateRow } from './pick-row.ts';

const districts = JSON.parse(
  readFileSync(new URL('../../../geo/districts.geojson', import.meta.url), 'utf8'),
) as DistrictCollection;

const OSM = { zh: 'OpenStreetMap 底图', en: 'OpenStreetMap' };

describe('a picked point', () => {
  it('is WGS84 to six decimals, in the division the boundary data puts it', () => {
    const point = pickPoint({ lng: 111.67388149, lat: 40.75365451 }, districts);
    expect(point).toEqual({
      lon: 111.673881,
      lat: 40.753655,
      division: { code: '150104', name_zh: '玉泉区', name_en: 'Yuquan District' },
    });
  });

  it('outside the nine divisions has none', () => {
    expect(pickPoint({ lng: 112.5, lat: 40.75 }, districts).division).toBeNull();
  });

  it('from a wrapped copy of the world is brought back to -180…180', () => {
    expect(pickPoint({ lng: 111.673881 + 360, lat: 40.753655 }, districts).lon).toBe(111.673881);
  });
});

describe('the row to copy', () => {
  const point = pickPoint({ lng: 111.663881, lat: 40.763655 }, districts);

  it('fills the template’s columns it knows: division, position, datum, location notes', () => {
    const row = templateRow(point, 'zh', OSM);
    const cells = Object.fromEntries(siteColumnHeaders('zh').map((h, i) => [h, row[i]]));
    expect(cells).toEqual({
      编号: '',
      名称: '',
      英文名称: '',
      类别: '',
      旗县区: '玉泉区',
      经度: '111.663881',
      纬度: '40.763655',
      坐标系: 'WGS84',
      精度: '',
      位置说明: '用本图的取点工具在OpenStreetMap 底图上点选。',
      英文位置说明: "Picked with the map's point picker on the OpenStreetMap basemap.",
      简介: '',
      英文简介: '',
      来源: '',
      来源章节: '',
    });
  });

  it('names the division in the interface’s language, and keeps six decimals written out', () => {
    const row = templateRow(pickPoint({ lng: 111.6, lat: 40.7 }, districts), 'en', OSM);
    expect(row.slice(4, 8)).toEqual(['Tumed Left Banner', '111.600000', '40.700000', 'WGS84']);
  });

  it('is tab-separated, one line', () => {
    expect(rowAsTsv(['a', 'b\tc', 'd\ne', ''])).toBe('a\tb c\td e\t');
    expect(rowAsTsv(templateRow(point, 'zh', OSM)).split('\t')).toHaveLength(15);
  });
});

describe('pick mode', () => {
  it('is on with pick=1 only', () => {
    expect(pickModeRequested('?pick=1')).toBe(true);
    expect(pickModeRequested('?site=qingquanjie&pick=1&lang=en')).toBe(true);
    expect(pickModeRequested('')).toBe(false);
    expect(pickModeRequested('?pick=0')).toBe(false);
  });
});
