import { describe, expect, it } from 'vitest';
import {
  convert,
  DATUMS,
  fromWgs84,
  metresBetween,
  parseDatum,
  round6,
  roundPoint,
  toWgs84,
} from './datum.ts';

/** The qingquanjie site's point (the 玉泉区 seat), WGS84. */
const QINGQUANJIE: [number, number] = [111.673881, 40.753655];
/** Every division's seat in geo/districts.geojson: the conversion holds across Hohhot. */
const SEATS: [number, number][] = [
  [111.665544, 40.858289],
  [111.623692, 40.808608],
  [111.673881, 40.753655],
  [111.701355, 40.792667],
  [111.163902, 40.729572],
  [111.194312, 40.277431],
  [111.821843, 40.378787],
  [111.647609, 39.921095],
  [111.451303, 41.096471],
];

describe('datum names', () => {
  it.each([
    ['WGS84', 'WGS84'],
    ['wgs-84', 'WGS84'],
    ['WGS 84', 'WGS84'],
    ['CGCS2000', 'CGCS2000'],
    ['天地图', 'CGCS2000'],
    ['GCJ02', 'GCJ02'],
    ['GCJ-02', 'GCJ02'],
    ['gcj_02', 'GCJ02'],
    ['高德', 'GCJ02'],
    ['腾讯', 'GCJ02'],
    ['火星坐标', 'GCJ02'],
    ['BD09', 'BD09'],
    ['BD-09', 'BD09'],
    ['bd09ll', 'BD09'],
    ['百度', 'BD09'],
    ['ＧＣＪ－０２', 'GCJ02'],
  ])('%s is %s', (text, datum) => {
    expect(parseDatum(text)).toBe(datum);
  });

  it('knows no other', () => {
    for (const text of ['北京54', 'WGS', 'GCJ', 'EPSG:3857', ''])
      expect(parseDatum(text)).toBeUndefined();
  });
});

describe('conversion to and from WGS84 (gcoord)', () => {
  it('takes WGS84 and CGCS2000 as they are', () => {
    expect(toWgs84(QINGQUANJIE, 'WGS84')).toEqual(QINGQUANJIE);
    expect(toWgs84(QINGQUANJIE, 'CGCS2000')).toEqual(QINGQUANJIE);
    expect(fromWgs84(QINGQUANJIE, 'CGCS2000')).toEqual(QINGQUANJIE);
  });

  it('WGS84 → GCJ-02 agrees with eviltransform’s published test point', () => {
    // github.com/googollee/eviltransform: wgs2gcj(31.1774276, 121.5272106) = (31.17530398364597, 121.531541859215)
    const [lon, lat] = fromWgs84([121.5272106, 31.1774276], 'GCJ02');
    expect(lon).toBeCloseTo(121.531541859215, 9);
    expect(lat).toBeCloseTo(31.17530398364597, 9);
  });

  it('GCJ-02 ↔ BD-09 and GCJ-02 → WGS84 agree with coordtransform’s README values', () => {
    // github.com/wandergis/coordtransform: gcj02tobd09(116.404, 39.915), bd09togcj02, gcj02towgs84
    const point: [number, number] = [116.404, 39.915];
    const bd = convert(point, 'GCJ02', 'BD09');
    expect(bd[0]).toBeCloseTo(116.41036949371029, 9);
    expect(bd[1]).toBeCloseTo(39.92133699351021, 9);
    const gcj = convert(point, 'BD09', 'GCJ02');
    expect(gcj[0]).toBeCloseTo(116.39762729119315, 9);
    expect(gcj[1]).toBeCloseTo(39.90865673957631, 9);
    const wgs = toWgs84(point, 'GCJ02');
    expect(wgs[0]).toBeCloseTo(116.39775550083061, 9);
    expect(wgs[1]).toBeCloseTo(39.91359571849836, 9);
  });

  it('moves the qingquanjie point to known GCJ-02 and BD-09 positions, hundreds of metres away', () => {
    expect(roundPoint(fromWgs84(QINGQUANJIE, 'GCJ02'))).toEqual([111.68066, 40.754941]);
    expect(roundPoint(fromWgs84(QINGQUANJIE, 'BD09'))).toEqual([111.687205, 40.760778]);
    expect(metresBetween(QINGQUANJIE, fromWgs84(QINGQUANJIE, 'GCJ02'))).toBeGreaterThan(500);
    expect(metresBetween(QINGQUANJIE, fromWgs84(QINGQUANJIE, 'BD09'))).toBeGreaterThan(1000);
  });

  it.each(DATUMS)('a point converted to %s and back lands within 1 m, at every seat', (datum) => {
    for (const seat of SEATS) {
      const back = toWgs84(roundPoint(fromWgs84(seat, datum)), datum);
      expect(metresBetween(seat, back)).toBeLessThan(1);
    }
  });

  it('keeps six decimals', () => {
    expect(round6(111.6806603842)).toBe(111.68066);
    expect(round6(-0.0000005)).toBe(-0);
    expect(roundPoint([111.6738814999, 40.7536555])).toEqual([111.673881, 40.753656]);
  });

  it('measures metres between nearby points', () => {
    expect(metresBetween([111.67, 40.75], [111.67, 40.76])).toBeCloseTo(1112, 0);
  });
});
