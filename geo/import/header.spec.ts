import { describe, expect, it } from 'vitest';
import { SITE_COLUMNS } from '../../src/lib/data/site-columns.ts';
import { columnOf, readHeader } from './header.ts';
import { formatProblem } from './problems.ts';
import type { SheetRow } from './sheet.ts';

const headerRow = (...texts: string[]): SheetRow => ({
  number: 1,
  cells: texts.map((text) => ({ text, formula: false })),
});

const zh = SITE_COLUMNS.map((column) => column.zh);
const en = SITE_COLUMNS.map((column) => column.en);

describe('the header row', () => {
  it('recognises every Chinese header', () => {
    const header = readHeader(headerRow(...zh));
    expect([...(header?.columns.keys() ?? [])]).toEqual(SITE_COLUMNS.map((c) => c.key));
    expect(header?.problems).toEqual([]);
  });

  it('recognises every English header', () => {
    const header = readHeader(headerRow(...en));
    expect([...(header?.columns.keys() ?? [])]).toEqual(SITE_COLUMNS.map((c) => c.key));
    expect(header?.problems).toEqual([]);
  });

  it('takes the columns in any order, in both languages mixed, and keeps each header as written', () => {
    const texts = [...zh.slice(0, 7).reverse(), ...en.slice(7)];
    const header = readHeader(headerRow(...texts));
    expect(header?.problems).toEqual([]);
    expect(header?.columns.get('lon')).toEqual({ key: 'lon', index: 1, header: '经度' });
    expect(header?.columns.get('datum')).toEqual({ key: 'datum', index: 7, header: 'datum' });
  });

  it('ignores case, full-width letters, spaces and a trailing asterisk', () => {
    expect(columnOf('NAME_ZH')).toBe('name_zh');
    expect(columnOf('ｌｏｎ')).toBe('lon');
    expect(columnOf(' location note en ')).toBe('location_note_en');
    expect(columnOf('名称 *')).toBe('name_zh');
    expect(columnOf('经度（WGS84）')).toBeUndefined();
  });

  it('reports an unknown column as a warning and ignores it', () => {
    const header = readHeader(headerRow(...zh, '备注'));
    expect(header?.problems.map((p) => formatProblem(p, 'zh'))).toEqual([
      '警告：第 1 行「备注」: 不认识这一列，已忽略',
    ]);
    expect(header?.problems.map((p) => formatProblem(p, 'en'))).toEqual([
      'warning: row 1, "备注": unknown column, ignored',
    ]);
  });

  it('reports a column named twice as an error', () => {
    const header = readHeader(headerRow(...zh, 'lon'));
    expect(header?.problems.map((p) => formatProblem(p, 'zh'))).toEqual([
      '第 1 行「lon」: 与「经度」是同一列，只能保留一个',
    ]);
    expect(header?.problems.map((p) => formatProblem(p, 'en'))).toEqual([
      'row 1, "lon": the same column as "经度"; keep only one',
    ]);
  });

  it('reports each missing required column; 编号 and 来源章节 may be left out', () => {
    const texts = zh.filter((text) => !['编号', '来源章节', '坐标系', '英文简介'].includes(text));
    const header = readHeader(headerRow(...texts));
    expect(header?.problems.map((p) => formatProblem(p, 'zh'))).toEqual([
      '第 1 行: 缺少「坐标系」（datum）列',
      '第 1 行: 缺少「英文简介」（summary_en）列',
    ]);
    expect(header?.problems.map((p) => formatProblem(p, 'en'))).toEqual([
      'row 1: missing the column "datum" (坐标系)',
      'row 1: missing the column "summary_en" (英文简介)',
    ]);
  });

  it('is no header row when it names no known column', () => {
    expect(readHeader(headerRow('清泉街社区', '111.673881', '40.753655'))).toBeUndefined();
  });
});
