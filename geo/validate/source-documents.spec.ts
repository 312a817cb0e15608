import { describe, expect, it } from 'vitest';
import {
  DOC,
  sampleDocument,
  sampleGeoData,
  sampleWebDocument,
  withData,
} from './fixtures/geo-files.sample.ts';
import { messagesFor } from './fixtures/messages.ts';

const WEB = 'reportify-hohhot-2025';

describe('geo/sources.json', () => {
  it('is required', () => {
    expect(messagesFor(sampleGeoData(), { 'geo/sources.json': undefined })).toEqual([
      'geo/sources.json: the file is missing',
    ]);
  });

  it('is an array of documents', () => {
    expect(messagesFor(sampleGeoData(), { 'geo/sources.json': '{}' })).toEqual([
      'geo/sources.json: found an object, expected an array of source documents',
    ]);
  });

  it('checks each document against its schema', () => {
    const data = withData((d) => d.sources.push(sampleWebDocument({ grade: 'D' })));
    expect(messagesFor(data)).toEqual([
      `geo/sources.json › [1] (${WEB}) › grade: "D" is not one of "A", "B", "C"`,
    ]);
  });

  it('lists each document id once', () => {
    const data = withData((d) => d.sources.push(sampleDocument({ title_en: 'A copy' })));
    expect(messagesFor(data)).toEqual([
      `geo/sources.json › [1] (${DOC}) › id: "${DOC}" duplicates [0] (${DOC})`,
    ]);
  });

  it('accepts an http: or https: link to the original and the copy read', () => {
    const data = withData((d) => d.sources.push(sampleWebDocument()));
    expect(messagesFor(data)).toEqual([]);
  });

  it('rejects a link that is neither http: nor https:', () => {
    const data = withData((d) => {
      d.sources.push(sampleWebDocument({ url: 'ftp://example.org/a', via_url: 'example.org/b' }));
    });
    expect(messagesFor(data)).toEqual([
      `geo/sources.json › [1] (${WEB}) › url: found "ftp://example.org/a", expected an http: or https: URL`,
      `geo/sources.json › [1] (${WEB}) › via_url: found "example.org/b", expected an http: or https: URL`,
    ]);
  });

  it('rejects a publication date that is not on the calendar', () => {
    const data = withData((d) => d.sources.push(sampleWebDocument({ date: '2025-02-29' })));
    expect(messagesFor(data)).toEqual([
      `geo/sources.json › [1] (${WEB}) › date: "2025-02-29" is not a real calendar date (28 days in that month)`,
    ]);
  });

  it('rejects a covers_to that is not on the calendar', () => {
    const data = withData((d) => (d.sources[0].covers_to = '2024-13'));
    expect(messagesFor(data)).toEqual([
      `geo/sources.json › [0] (${DOC}) › covers_to: "2024-13" is not a real calendar date (month 13)`,
    ]);
  });

  it('wants a date, or covers_to for an undated document', () => {
    const data = withData((d) => delete d.sources[0].covers_to);
    expect(messagesFor(data)).toEqual([
      `geo/sources.json › [0] (${DOC}) › date: found null and no covers_to, expected the date of the document or, for an undated one, covers_to (the latest event it reports)`,
    ]);
  });

  it('pairs the English title and publisher with the original ones', () => {
    const data = withData((d) => d.sources.push(sampleWebDocument({ publisher: null })));
    expect(messagesFor(data)).toEqual([
      `geo/sources.json › [1] (${WEB}) › publisher: found null, expected text since publisher_en is given`,
    ]);
  });
});
