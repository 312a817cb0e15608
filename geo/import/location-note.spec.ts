import { describe, expect, it } from 'vitest';
import { noteWithDatum } from './location-note.ts';

const note = { zh: '按门牌在地图上点选。', en: 'Picked on the map by its street number.' };

describe('the location note records the datum a position came in', () => {
  it('says nothing for WGS84 (or no point)', () => {
    expect(noteWithDatum(note, 'WGS84')).toEqual(note);
    expect(noteWithDatum(note, undefined)).toEqual(note);
  });

  it('says a GCJ-02 or BD-09 position was converted', () => {
    expect(noteWithDatum(note, 'GCJ02')).toEqual({
      zh: '按门牌在地图上点选。坐标由 GCJ-02（高德、腾讯）换算为 WGS84。',
      en: 'Picked on the map by its street number. Converted from GCJ-02 (Amap, Tencent) to WGS84.',
    });
    expect(noteWithDatum(note, 'BD09').en).toBe(
      'Picked on the map by its street number. Converted from BD-09 (Baidu) to WGS84.',
    );
  });

  it('says a CGCS2000 position was taken as WGS84', () => {
    expect(noteWithDatum(note, 'CGCS2000').zh).toBe(
      '按门牌在地图上点选。坐标系为 CGCS2000（天地图），在地图比例尺上与 WGS84 一致，未换算。',
    );
  });

  it('ends an unfinished sentence first', () => {
    expect(noteWithDatum({ zh: '门口', en: 'At the gate' }, 'BD09')).toEqual({
      zh: '门口。坐标由 BD-09（百度）换算为 WGS84。',
      en: 'At the gate. Converted from BD-09 (Baidu) to WGS84.',
    });
  });

  it('never repeats itself: a note that already says so gets the current datum instead', () => {
    const once = noteWithDatum(note, 'GCJ02');
    expect(noteWithDatum(once, 'GCJ02')).toEqual(once);
    expect(noteWithDatum(once, 'BD09')).toEqual(noteWithDatum(note, 'BD09'));
  });
});
