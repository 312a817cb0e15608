import { describe, expect, it } from 'vitest';
import type { SourceDocument } from './schema.ts';
import {
  asOfDate,
  citationCounts,
  citationList,
  citingItems,
  compareIsoDates,
  documentsByDate,
  isAfter,
  itemsCiting,
  partOfYear,
  reportedBy,
} from './sources.ts';
import { loadBundledData } from './bundled.ts';

function doc(fields: Partial<SourceDocument> & Pick<SourceDocument, 'id'>): SourceDocument {
  return {
    title: '标题',
    title_en: 'Title',
    publisher: null,
    publisher_en: null,
    date: null,
    url: null,
    grade: 'A',
    language: 'zh',
    ...fields,
  };
}

describe('dates', () => {
  it('compares at the coarser precision', () => {
    expect(compareIsoDates('2024-11', '2024-11-27')).toBe(0);
    expect(compareIsoDates('2024', '2024-12-31')).toBe(0);
    expect(compareIsoDates('2024-11-28', '2024-11-27')).toBe(1);
    expect(compareIsoDates('2024', '2025-01')).toBe(-1);
    expect(isAfter('2025', '2024-11-27')).toBe(true);
    expect(isAfter('2024-11', '2024-11-27')).toBe(false);
  });

  it('names the part of the year a date falls in', () => {
    expect(partOfYear('2024-11-27')).toBe('late');
    expect(partOfYear('2024-06')).toBe('mid');
    expect(partOfYear('2025-02-20')).toBe('early');
    expect(partOfYear('2024')).toBeNull();
  });
});

describe('asOfDate', () => {
  it('is the newest date, counting an undated document by what it covers', () => {
    const docs = [
      doc({ id: 'a', covers_to: '2024-11-27' }),
      doc({ id: 'b', date: '2025-02-20' }),
      doc({ id: 'c', date: '2023-07' }),
    ];
    expect(asOfDate(docs)).toBe('2025-02-20');
    expect(asOfDate([doc({ id: 'x' })])).toBeNull();
    expect(documentsByDate(docs).map((d) => d.id)).toEqual(['b', 'a', 'c']);
  });

  it('on the real data is the newest report, 2025-11-18', () => {
    expect(asOfDate(loadBundledData().sources)).toBe('2025-11-18');
  });
});

describe('citations', () => {
  it('lists one reference or several', () => {
    expect(citationList({ doc: 'a' })).toEqual([{ doc: 'a' }]);
    expect(citationList([{ doc: 'a' }, { doc: 'b', section: 's' }])).toHaveLength(2);
  });

  it('counts each item once per document, facts included', () => {
    const items = citingItems({
      sites: {
        features: [
          {
            properties: {
              id: 'court',
              source: { doc: 'a' },
              facts: [{ source: [{ doc: 'a' }, { doc: 'b' }] }],
            },
          },
        ],
      },
      honours: [{ id: 'h', source: { doc: 'b' } }],
      figures: [{ id: 'f', source: [{ doc: 'a' }, { doc: 'a', section: 'x' }] }],
      events: [],
    });
    expect(items.map((i) => [i.kind, i.id, i.docs])).toEqual([
      ['site', 'court', ['a', 'b']],
      ['honour', 'h', ['b']],
      ['figure', 'f', ['a']],
    ]);
    const counts = citationCounts([doc({ id: 'a' }), doc({ id: 'b' }), doc({ id: 'c' })], items);
    expect([...counts]).toEqual([
      ['a', 2],
      ['b', 2],
      ['c', 0],
    ]);
    expect(itemsCiting('b', items).map((i) => i.id)).toEqual(['court', 'h']);
  });

  it('on the real data: every document is cited, and the article most', () => {
    const data = loadBundledData();
    const counts = citationCounts(data.sources, citingItems(data));
    for (const [id, count] of counts) expect(count, id).toBeGreaterThan(0);
    const max = Math.max(...counts.values());
    expect(counts.get('000_09fb91975c380bb4')).toBe(max);
  });

  it('dates an undated figure by the earliest document that gives it', () => {
    const docs = new Map([
      ['a', doc({ id: 'a', covers_to: '2024-11-27' })],
      ['b', doc({ id: 'b', date: '2025-11-18' })],
    ]);
    expect(reportedBy([{ doc: 'b' }, { doc: 'a' }], docs)).toBe('2024-11-27');
    expect(reportedBy({ doc: 'missing' }, docs)).toBeNull();
  });
});
