import { describe, expect, it } from 'vitest';
import {
  DOC,
  sampleDocument,
  sampleEvent,
  sampleFigure,
  sampleGeoData,
  sampleHonour,
  sampleWebDocument,
  withData,
  type SampleGeoData,
} from './fixtures/geo-files.sample.ts';
import { messagesFor } from './fixtures/messages.ts';

const WEB = 'reportify-hohhot-2025';
const LEAD = { doc: DOC, section: '导语' };
const SITE = 'geo/sites.geojson › features[0] (qingquanjie)';
const FIGURE = 'geo/figures.json › [0] (city-service-items)';
const HONOUR = 'geo/honours.json › [0] (fengqiao-advanced-model)';

/** The sample, with the grade C web page listed in sources.json. */
function withWebPage(change: (data: SampleGeoData) => void = () => {}): SampleGeoData {
  return withData((d) => {
    d.sources.push(sampleWebDocument());
    change(d);
  });
}

function facts(data: SampleGeoData): Record<string, unknown>[] {
  return data.sites[0].properties.facts as Record<string, unknown>[];
}

describe('source references', () => {
  it('name a document of sources.json', () => {
    const data = withData((d) => (d.figures[0].source = { doc: 'no_such_doc', section: '导语' }));
    expect(messagesFor(data)).toEqual([
      `${FIGURE} › source.doc: "no_such_doc" is not a document id in geo/sources.json`,
    ]);
  });

  it('are checked one by one in a list of them', () => {
    const data = withData((d) => (d.figures[0].source = [LEAD, { doc: 'no_such_doc' }]));
    expect(messagesFor(data)).toEqual([
      `${FIGURE} › source[1].doc: "no_such_doc" is not a document id in geo/sources.json`,
    ]);
  });

  it('are checked in a fact', () => {
    const data = withData((d) => (facts(d)[0].source = { doc: 'no_such_doc' }));
    expect(messagesFor(data)).toEqual([
      `${SITE} › facts[0].source.doc: "no_such_doc" is not a document id in geo/sources.json`,
    ]);
  });

  it('name a section where the document has sections', () => {
    const data = withData((d) => (d.honours[0].source = { doc: DOC }));
    expect(messagesFor(data)).toEqual([
      `${HONOUR} › source.section: missing, expected a section of ${DOC}: one of "导语", "政治引领强机制 法治护航新征程", "优化职能提质效 擦亮法治“金名片”", "执法革新筑根基 护企优商见真章", "法治温情润青城 枫桥新绿映民心", "普法弦歌动北疆 法治甘霖泽万家", "坚持良法善治 服务保障中心大局", "图片说明"`,
    ]);
  });

  it('name no section where the document has none', () => {
    const data = withWebPage((d) => {
      d.honours[0].source = { doc: WEB, section: '导语' };
      d.honours[0].secondary = true;
    });
    expect(messagesFor(data)).toEqual([
      `${HONOUR} › source.section: "导语" is not a section of ${WEB}, which has none; expected no section`,
    ]);
  });

  it('report a bad reference inside a list at its own place', () => {
    const data = withData((d) => (d.figures[0].source = [LEAD, { doc: DOC, section: 3 }]));
    expect(messagesFor(data)).toEqual([
      `${FIGURE} › source[1].section: found 3 (a number), expected a string`,
    ]);
  });

  it('stay quiet about a document that failed its own schema', () => {
    const data = withWebPage((d) => {
      d.sources[1].grade = 'D';
      d.honours[0].source = { doc: WEB, section: 'no such section' };
    });
    expect(messagesFor(data)).toEqual([
      `geo/sources.json › [1] (${WEB}) › grade: "D" is not one of "A", "B", "C"`,
    ]);
  });

  it('are still checked against the other documents when one has no id', () => {
    const data = withData((d) => {
      d.sources.push(sampleWebDocument({ id: undefined }));
      d.figures[0].source = [{ doc: 'no_such_doc' }, { doc: DOC, section: '结语' }];
    });
    const messages = messagesFor(data);
    expect(messages).toContain(`geo/sources.json › [1] › id: missing, expected a string`);
    expect(messages).toContainEqual(expect.stringContaining(`${FIGURE} › source[1].section:`));
    expect(messages.join('\n')).not.toContain('no_such_doc');
  });

  it('are not checked when sources.json cannot be read, and the rest still is', () => {
    const data = withData((d) => {
      d.figures[0].source = { doc: 'no_such_doc' };
      d.figures[0].value = '405';
    });
    expect(messagesFor(data, { 'geo/sources.json': '[' })).toEqual([
      'geo/sources.json: not valid JSON: the text ends early at line 1, column 2 (truncated?)',
      `${FIGURE} › value: found "405" (a string), expected a number`,
    ]);
  });
});

describe('grade C sources', () => {
  it('are not enough alone for an item', () => {
    const data = withWebPage((d) => (d.figures[0] = sampleFigure({ source: { doc: WEB } })));
    expect(messagesFor(data)).toEqual([
      `${FIGURE} › source: every source of this item is grade C (${WEB}); cite a grade A or B source, or mark it "secondary": true`,
    ]);
  });

  it('are not enough alone for a fact', () => {
    const data = withWebPage((d) => (facts(d)[0].source = { doc: WEB }));
    expect(messagesFor(data)).toEqual([
      `${SITE} › facts[0].source: every source of this fact is grade C (${WEB}); cite a grade A or B source, or mark it "secondary": true`,
    ]);
  });

  it('name every grade C document cited, once each', () => {
    const other = sampleWebDocument({ id: 'another-aggregator', date: '2025-01-05' });
    const data = withWebPage((d) => {
      d.sources.push(other);
      d.figures[0].source = [{ doc: WEB }, { doc: 'another-aggregator' }, { doc: WEB }];
    });
    expect(messagesFor(data)).toEqual([
      `${FIGURE} › source: every source of this item is grade C (${WEB}, another-aggregator); cite a grade A or B source, or mark it "secondary": true`,
    ]);
  });

  it('are enough for an item marked "secondary": true, facts included', () => {
    const data = withWebPage((d) => {
      d.sites[0].properties.source = { doc: WEB };
      d.sites[0].properties.secondary = true;
      facts(d)[0].source = { doc: WEB };
    });
    expect(messagesFor(data)).toEqual([]);
  });

  it('are enough for a fact marked "secondary": true', () => {
    const data = withWebPage((d) =>
      Object.assign(facts(d)[0], { source: { doc: WEB }, secondary: true }),
    );
    expect(messagesFor(data)).toEqual([]);
  });

  it('are enough beside a grade A or B source', () => {
    const data = withWebPage((d) => (d.figures[0].source = [{ doc: WEB }, LEAD]));
    expect(messagesFor(data)).toEqual([]);
  });

  it('may not be claimed for an item with a grade A or B source', () => {
    const data = withWebPage((d) => {
      d.figures[0].source = [{ doc: WEB }, LEAD];
      d.figures[0].secondary = true;
    });
    expect(messagesFor(data)).toEqual([
      `${FIGURE} › secondary: found true, but ${DOC} is a grade B source; expected "secondary" only where every source is grade C`,
    ]);
  });

  it('may not be claimed for a fact with a grade A source', () => {
    const data = withData((d) => {
      d.sources[0] = sampleDocument({ grade: 'A' });
      facts(d)[0].secondary = true;
    });
    expect(messagesFor(data)).toEqual([
      `${SITE} › facts[0].secondary: found true, but ${DOC} is a grade A source; expected "secondary" only where every source is grade C`,
    ]);
  });

  it('are judged on every kind of item', () => {
    const cite = { source: { doc: WEB } };
    const data = withWebPage((d) => {
      d.honours[0] = sampleHonour(cite);
      d.events[0] = sampleEvent({ ...cite, date: '2024' });
    });
    expect(messagesFor(data)).toEqual([
      `${HONOUR} › source: every source of this item is grade C (${WEB}); cite a grade A or B source, or mark it "secondary": true`,
      `geo/events.json › [0] (fengqiao-model-named) › source: every source of this item is grade C (${WEB}); cite a grade A or B source, or mark it "secondary": true`,
    ]);
  });

  it('are not judged while a cited document is unknown', () => {
    const data = withWebPage((d) => (d.figures[0].source = [{ doc: WEB }, { doc: 'no_such_doc' }]));
    expect(messagesFor(data)).toEqual([
      `${FIGURE} › source[1].doc: "no_such_doc" is not a document id in geo/sources.json`,
    ]);
  });
});

describe('the sample', () => {
  it('stays valid with the grade C page listed but not cited', () => {
    expect(messagesFor(withWebPage())).toEqual([]);
    expect(messagesFor(sampleGeoData())).toEqual([]);
  });
});
