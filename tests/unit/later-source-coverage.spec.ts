/**
 * Later-source coverage: every grade A/B fact that ../shared/sources/later-sources.md lists
 * (and the courts found beside it) is in the data, cited to its own document. Each expected
 * fact names the document it must cite, so removing a fact or its citation fails here.
 */
import { describe, expect, it } from 'vitest';
import { loadBundledData } from '../../src/lib/data/bundled.ts';
import { citationList } from '../../src/lib/data/sources.ts';
import type { Citation } from '../../src/lib/data/schema.ts';

const S1 = 'nmgnews-2025-11-18';
const S2 = 'sft-nmg-2025-02-20';
const S3 = 'imline-2024-11-22';
const S4 = 'tmtzqfy-2015-10-31';
const S5A = 'people-daily-2025-06-18';
const S5B = 'xinhua-nmg-2022-03-15';
const S5C = 'nmgrb-2007-07-30';
const S6 = 'zbf-2023-07-03';

type Expected =
  | { doc: string; honour: string; year: number | null; level?: string }
  | { doc: string; figure: number; before?: number; year: number | null }
  | { doc: string; event: string; place?: string }
  | { doc: string; site: string; district: string; parent?: string }
  | { doc: string; fact: string };

const EXPECTED: Expected[] = [
  // S1: the 2025 national title, the 2023 regional one, and the figures of its first section.
  { doc: S1, honour: '全国法治政府建设示范市', year: 2025, level: 'national' },
  { doc: S1, honour: '自治区法治政府建设示范市', year: 2023, level: 'region' },
  { doc: S1, event: '2025' },
  { doc: S1, honour: '2024年高质量发展营商环境最佳城市', year: 2024 },
  { doc: S1, honour: '全国十佳杰出热线典范', year: null },
  { doc: S1, honour: '为民惠企十佳典范', year: null },
  { doc: S1, figure: 20, year: null },
  { doc: S1, figure: 40, year: null },
  { doc: S1, figure: 405, before: 1296, year: 2024 },
  { doc: S1, figure: 26000, year: null },
  { doc: S1, figure: 15, year: null },
  // S2: Hohhot's 2024 figures.
  { doc: S2, honour: '2024诚信建设影响力城市', year: 2024 },
  { doc: S2, figure: 11, year: 2024 },
  { doc: S2, figure: 7, year: 2024 },
  { doc: S2, figure: 405, before: 1296, year: 2024 },
  { doc: S2, figure: 166, year: 2024 },
  { doc: S2, figure: 74.3, year: 2024 },
  { doc: S2, figure: 337, year: 2024 },
  { doc: S2, figure: 8962, year: 2024 },
  { doc: S2, figure: 742, year: 2024 },
  { doc: S2, figure: 1714, year: 2024 },
  { doc: S2, figure: 4, year: 2024 },
  { doc: S2, figure: 27, year: 2024 },
  { doc: S2, figure: 26, year: 2024 },
  { doc: S2, figure: 4835, year: 2024 },
  { doc: S2, figure: 7500, year: 2024 },
  { doc: S2, figure: 23.6, year: 2024 },
  // S3: the IP tribunal.
  { doc: S3, site: '呼和浩特知识产权法庭', district: 'city', parent: 'hohhot-intermediate-court' },
  { doc: S3, event: '2024-04', place: 'hohhot-ip-tribunal' },
  { doc: S3, event: '2024-11-22', place: 'hohhot-ip-tribunal' },
  { doc: S3, fact: '内蒙古第一个' },
  // S4: the banner court and its two tribunals.
  { doc: S4, site: '土默特左旗人民法院', district: '150121' },
  { doc: S4, site: '金山人民法庭', district: '150121', parent: 'tumd-left-court' },
  { doc: S4, site: '善岱人民法庭', district: '150121', parent: 'tumd-left-court' },
  { doc: S4, fact: '金山经济技术开发区' },
  // S5: the other courts named in the press.
  { doc: S5A, site: '赛罕区人民法院', district: '150105' },
  { doc: S5B, site: '托克托县人民法院', district: '150122' },
  { doc: S5C, site: '内蒙古自治区高级人民法院', district: 'city' },
  // S6: the city's legal-aid window.
  { doc: S6, site: '市本级政务服务大厅法律援助窗口', district: 'city' },
  { doc: S6, event: '2023-06', place: 'city-legal-aid-window' },
];

const data = loadBundledData();
const cites = (citation: Citation, doc: string) =>
  citationList(citation).some((ref) => ref.doc === doc);

function found(expected: Expected): boolean {
  const { doc } = expected;
  if ('honour' in expected) {
    return data.honours.some(
      (h) =>
        h.name_zh === expected.honour &&
        h.year === expected.year &&
        (expected.level === undefined || h.level === expected.level) &&
        cites(h.source, doc),
    );
  }
  if ('figure' in expected) {
    return data.figures.some(
      (f) =>
        f.value === expected.figure &&
        f.year === expected.year &&
        (expected.before === undefined || f.before === expected.before) &&
        cites(f.source, doc),
    );
  }
  if ('event' in expected) {
    return data.events.some(
      (e) =>
        e.date === expected.event &&
        (expected.place === undefined || e.place === expected.place) &&
        cites(e.source, doc),
    );
  }
  const sites = data.sites.features.map((f) => f.properties);
  if ('site' in expected) {
    return sites.some(
      (s) =>
        s.name_zh === expected.site &&
        s.district === expected.district &&
        s.parent === expected.parent &&
        cites(s.source, doc),
    );
  }
  return sites.some(
    (s) =>
      s.facts.some((f) => f.text_zh.includes(expected.fact) && cites(f.source, doc)) ||
      ((s.summary_zh.includes(expected.fact) || s.location.note_zh.includes(expected.fact)) &&
        cites(s.source, doc)),
  );
}

describe('later sources: every A/B fact is in the data, cited to its document', () => {
  for (const expected of EXPECTED) {
    it(JSON.stringify(expected), () => {
      expect(found(expected)).toBe(true);
    });
  }

  it('every document of the list is in geo/sources.json with its grade', () => {
    const grades = Object.fromEntries(data.sources.map((d) => [d.id, d.grade]));
    for (const doc of [S1, S2, S3, S4, S5A, S5B, S5C, S6]) expect(grades[doc], doc).toBe('A');
  });

  it('the candidacy is history: superseded by the 2025 national title', () => {
    const candidate = data.honours.find((h) => h.kind === 'candidate');
    const national = data.honours.find((h) => h.name_zh === '全国法治政府建设示范市');
    expect(candidate?.superseded_by).toBe(national?.id);
  });
});
