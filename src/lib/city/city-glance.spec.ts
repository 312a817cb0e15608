import { describe, expect, test } from 'vitest';
import { loadBundledData } from '../data/bundled.ts';
import type { Event } from '../data/schema.ts';
import { DISTRICT_CODES, type DistrictCode } from '../data/vocab.ts';
import {
  beforeAfterBars,
  eventSelection,
  eventsByYear,
  figuresBySection,
  percentChange,
  sortEvents,
} from './city-glance.ts';

const data = loadBundledData();
const isDistrict = (code: string): code is DistrictCode =>
  (DISTRICT_CODES as readonly string[]).includes(code);

function event(id: string, date: string, place = 'city'): Event {
  return {
    id,
    date,
    title_zh: id,
    title_en: id,
    place,
    source: { doc: '000_09fb91975c380bb4', section: '导语' },
  } as Event;
}

describe('figuresBySection', () => {
  const sections = figuresBySection(data.figures, data.sources);

  test('groups every figure once, by document and section, in the documents’ order', () => {
    expect(sections.map((s) => [s.source.doc, s.source.section])).toEqual([
      ['000_09fb91975c380bb4', '优化职能提质效 擦亮法治“金名片”'],
      ['000_09fb91975c380bb4', '执法革新筑根基 护企优商见真章'],
      ['000_09fb91975c380bb4', '法治温情润青城 枫桥新绿映民心'],
      ['000_09fb91975c380bb4', '普法弦歌动北疆 法治甘霖泽万家'],
      ['000_09fb91975c380bb4', '坚持良法善治 服务保障中心大局'],
      ['nmgnews-2025-11-18', '改革赋能 打造一流法治化营商环境'],
      ['sft-nmg-2025-02-20', '坚持诚信为本，以“诚”厚植营商沃土'],
      ['sft-nmg-2025-02-20', '坚持立法先行，夯实良法善治之基'],
      ['sft-nmg-2025-02-20', '坚持依法行政，提升法治化营商环境'],
    ]);
    expect(sections.flatMap((s) => s.figures).length).toBe(data.figures.length);
  });

  test('keeps file order within a section', () => {
    expect(sections[0].figures.slice(0, 2).map((f) => f.id)).toEqual([
      'city-service-items',
      'beijing-tianjin-hebei-hohhot-items',
    ]);
    expect(sections[1].figures.map((f) => f.id)).toEqual(['township-powers']);
  });
});

describe('before/after figures', () => {
  test('1,296 → 405 city service items: the before bar is full length', () => {
    const items = data.figures.find((f) => f.id === 'city-service-items')!;
    expect([items.before, items.value]).toEqual([1296, 405]);
    const [before, after] = beforeAfterBars(1296, 405, 200);
    expect(before).toEqual({ which: 'before', value: 1296, length: 200 });
    expect(after.length).toBeCloseTo((405 / 1296) * 200);
    expect(percentChange(1296, 405)).toBe(-69);
  });

  test('a growth keeps the after bar full length; zero before has no percentage', () => {
    const [before, after] = beforeAfterBars(10, 20, 100);
    expect(before.length).toBe(50);
    expect(after.length).toBe(100);
    expect(percentChange(0, 5)).toBeNull();
    expect(beforeAfterBars(0, 0, 100).map((b) => b.length)).toEqual([0, 0]);
  });
});

describe('timeline', () => {
  test('the data’s events in date order', () => {
    expect(sortEvents(data.events).map((e) => e.date)).toEqual([
      '1995',
      '2007',
      '2007-07-29',
      '2022',
      '2023',
      '2023-06',
      '2024',
      '2024-04',
      '2024-11-22',
      '2024-11-27',
      '2025',
    ]);
  });

  test('a year sorts before the days of that year; same dates keep id order', () => {
    const sorted = sortEvents([
      event('b', '2024-11-27'),
      event('c', '2024'),
      event('a', '2024-11-27'),
      event('d', '2023-05'),
    ]);
    expect(sorted.map((e) => e.id)).toEqual(['d', 'c', 'a', 'b']);
  });

  test('groups by year', () => {
    expect(eventsByYear(data.events).map((g) => [g.year, g.events.map((e) => e.id)])).toEqual([
      ['1995', ['first-ip-case-1995']],
      ['2007', ['jinshan-tribunal-built', 'high-court-building-completed']],
      ['2022', ['chosen-ip-strong-city-pilot']],
      ['2023', ['region-demonstration-city-2023', 'legal-aid-window-opened']],
      [
        '2024',
        [
          'listed-credit-influence-city-2024',
          'ip-tribunal-approved',
          'ip-tribunal-unveiled',
          'ip-tribunal-first-hearing',
        ],
      ],
      ['2025', ['named-national-demonstration-city']],
    ]);
  });

  test('an event selects its site or division; a city-wide one selects nothing', () => {
    expect(eventSelection('hohhot-intermediate-court', isDistrict)).toEqual({
      kind: 'site',
      id: 'hohhot-intermediate-court',
    });
    expect(eventSelection('150104', isDistrict)).toEqual({ kind: 'district', code: '150104' });
    expect(eventSelection('city', isDistrict)).toBeNull();
  });
});
