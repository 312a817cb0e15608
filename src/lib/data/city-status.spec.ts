import { describe, expect, it } from 'vitest';
import type { Honour } from './schema.ts';
import { currentStatus, isSuperseded, statusHistory } from './city-status.ts';
import { loadBundledData } from './bundled.ts';

function honour(fields: Partial<Honour> & Pick<Honour, 'id'>): Honour {
  return {
    name_zh: '称号',
    name_en: 'Title',
    level: 'region',
    kind: 'demonstration',
    year: null,
    holder: 'city',
    awarding_body_zh: null,
    awarding_body_en: null,
    source: { doc: 'doc-a' },
    ...fields,
  };
}

describe('currentStatus', () => {
  it('puts the national title first, then the newest, and leaves out what is superseded', () => {
    const honours = [
      honour({ id: 'region-2023', level: 'region', year: 2023 }),
      honour({ id: 'candidate', level: 'national', kind: 'candidate', superseded_by: 'national' }),
      honour({ id: 'national', level: 'national', year: 2025 }),
      honour({ id: 'city-2019', level: 'city', year: 2019 }),
      honour({ id: 'region-2021', level: 'region', year: 2021 }),
    ];
    expect(currentStatus('city', honours).map((h) => h.id)).toEqual([
      'national',
      'region-2023',
      'region-2021',
      'city-2019',
    ]);
  });

  it('skips titles, counted holders and other holders', () => {
    const honours = [
      honour({ id: 'a-title', kind: 'title' }),
      honour({ id: 'villages', holder_count: 3 }),
      honour({ id: 'district', holder: '150102' }),
    ];
    expect(currentStatus('city', honours)).toEqual([]);
  });

  it('keeps a demonstration title whose superseded_by names nothing in the list', () => {
    const honours = [honour({ id: 'a', superseded_by: 'missing' })];
    expect(isSuperseded(honours[0]!, honours)).toBe(false);
    expect(currentStatus('city', honours).map((h) => h.id)).toEqual(['a']);
  });

  it('on the real data: the 2025 national title, then the 2023 regional one', () => {
    const { honours } = loadBundledData();
    expect(currentStatus('city', honours).map((h) => [h.name_zh, h.level, h.year])).toEqual([
      ['全国法治政府建设示范市', 'national', 2025],
      ['自治区法治政府建设示范市', 'region', 2023],
    ]);
  });
});

describe('statusHistory', () => {
  it('pairs each superseded honour with its replacement', () => {
    const honours = [
      honour({ id: 'candidate', kind: 'candidate', superseded_by: 'national' }),
      honour({ id: 'national', level: 'national', year: 2025 }),
    ];
    expect(statusHistory('city', honours).map((s) => [s.honour.id, s.by.id])).toEqual([
      ['candidate', 'national'],
    ]);
  });

  it('on the real data: the candidacy, superseded by the 2025 title', () => {
    const { honours } = loadBundledData();
    const history = statusHistory('city', honours);
    expect(history.map((s) => [s.honour.kind, s.honour.year, s.by.year])).toEqual([
      ['candidate', null, 2025],
    ]);
  });
});
